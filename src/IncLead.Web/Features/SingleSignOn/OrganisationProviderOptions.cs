using System.Globalization;
using IncLead.Web.Data;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Features.SingleSignOn;

/// <summary>
/// What the one OpenID Connect scheme's handler sees as its options, per request (decision 0014): the organisation a
/// sign-in was started for (set by <see cref="SingleSignOnController"/>), or the organisation named in the callback
/// path <c>/signin-oidc/{id}</c>; otherwise options that match no request.
/// </summary>
public sealed class OrganisationProviderOptions(IHttpContextAccessor http, ProviderOptionsCache cache) : IOptionsMonitor<OpenIdConnectOptions>
{
    public OpenIdConnectOptions CurrentValue => Get(SingleSignOnNames.Scheme);

    public OpenIdConnectOptions Get(string? name)
    {
        var context = http.HttpContext;
        if (context is null) return ProviderOptionsCache.Inert;
        if (context.Items[typeof(OpenIdConnectOptions)] is OpenIdConnectOptions chosen) return chosen;
        if (CallbackOrganisation(context.Request.Path) is not { } organisationId) return ProviderOptionsCache.Inert;

        // The callback: a synchronous read by key, only on this path. Another instance may have saved a new version.
        var db = context.RequestServices.GetRequiredService<AppDbContext>();
        var connection = db.SingleSignOnConnections.AsNoTracking().Include(c => c.Domains)
            .FirstOrDefault(c => c.OrganisationId == organisationId && c.IsEnabled);
        var options = connection is null ? ProviderOptionsCache.Inert : cache.For(connection);
        context.Items[typeof(OpenIdConnectOptions)] = options;
        return options;
    }

    public IDisposable? OnChange(Action<OpenIdConnectOptions, string?> listener) => null;

    /// <summary>Chooses an organisation's options for this request, before a challenge.</summary>
    public static void Choose(HttpContext context, OpenIdConnectOptions options) => context.Items[typeof(OpenIdConnectOptions)] = options;

    private static int? CallbackOrganisation(PathString path) =>
        path.StartsWithSegments(SingleSignOnNames.CallbackPrefix.TrimEnd('/'), out var rest)
        && rest.Value is { Length: > 1 } id && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}

/// <summary>The platform's OpenID Connect handler, given the per-organisation options above instead of one fixed set.</summary>
public sealed class OrganisationOpenIdConnectHandler(OrganisationProviderOptions options, ILoggerFactory logger,
    System.Text.Encodings.Web.HtmlEncoder htmlEncoder, System.Text.Encodings.Web.UrlEncoder encoder)
    : OpenIdConnectHandler(options, logger, htmlEncoder, encoder);
