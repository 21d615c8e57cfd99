using IncLead.Web.Domain.Eds;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace IncLead.Web.Features.Eds.Evidence;

/// <summary>
/// Refuses an upload whose declared size is over the limit before anything reads the body, with a page that says
/// why (413), instead of the bare error or dropped connection a server limit gives. It runs before the antiforgery
/// check, which would otherwise read the whole form first. Kestrel's own limit (<see cref="RequestSizeLimitAttribute"/>
/// on the action) still stops a body that lies about its size.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadLimitAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    /// <summary>The file limit plus room for the form's text fields.</summary>
    public const long MaxRequestBytes = EvidenceItem.MaxFileBytes + (1024 * 1024);

    public int Order => 0;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        if (context.HttpContext.Request.ContentLength is not > MaxRequestBytes) return;
        var metadata = context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
        var route = context.RouteData.Values;
        context.Result = new ViewResult
        {
            ViewName = "~/Features/Eds/Evidence/TooLarge.cshtml",
            StatusCode = StatusCodes.Status413PayloadTooLarge,
            ViewData = new ViewDataDictionary(metadata, new ModelStateDictionary())
            {
                Model = new TooLargePage($"/cycles/{route["cycleId"]}/eds/outcomes/{route["outcomeId"]}"),
            },
        };
    }
}

public sealed record TooLargePage(string BackUrl);
