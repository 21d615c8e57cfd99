using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Infrastructure.Compression;

/// <summary>
/// The compression rule with BREACH in mind (decisions/0021): a response is not compressed when another site caused
/// the request (Sec-Fetch-Site is cross-site or same-site), since that is how an attacker would make a victim's
/// browser fetch a page many times with guessed text reflected into it; nor when its action shows a long-lived secret
/// (<see cref="NoCompressionAttribute"/>: the two-factor key and recovery codes).
/// </summary>
public sealed class PageCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        !CausedByAnotherSite(context.Request)
        && context.GetEndpoint()?.Metadata.GetMetadata<NoCompressionAttribute>() is null
        && base.ShouldCompressResponse(context);

    private static bool CausedByAnotherSite(HttpRequest request) =>
        request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site";
}

/// <summary>Marks an action whose page shows a secret that stays the same across responses, so it is never compressed.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NoCompressionAttribute : Attribute;
