using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace IncLead.Web.Features.Errors;

/// <summary>
/// A form whose antiforgery check failed (left open too long, opened before signing in again, or sent without its
/// token) or whose body could not be read is answered with the NHS error page and a way back to the form, as 400,
/// instead of MVC's empty 400. The antiforgery service reports an unreadable form as a failed check too.
/// </summary>
public sealed class FormProblemFilter(ILogger<FormProblemFilter> logger) : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not IAntiforgeryValidationFailedResult) return;
        var request = context.HttpContext.Request;
        logger.LogInformation("Form refused: antiforgery check failed or form unreadable on {Method} {Path}", request.Method, request.Path);

        // Back to the page the form came from when it is on this site, so the person can fill it in again.
        var referer = request.Headers.Referer.ToString();
        var back = Uri.TryCreate(referer, UriKind.Absolute, out var uri) && uri.Host == request.Host.Host ? uri.PathAndQuery : null;
        var page = new ErrorPage("Sorry, this form could not be sent",
            "The page was open too long, or you signed in again in another tab, so we could not check that the form came from you. Nothing has been saved. Go back, reload the page and try again.",
            back, "Go back to the form");
        context.HttpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Result = new ViewResult
        {
            ViewName = "~/Features/Errors/Show.cshtml",
            StatusCode = StatusCodes.Status400BadRequest,
            ViewData = new ViewDataDictionary(context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary()) { Model = page },
        };
    }

    public void OnResultExecuted(ResultExecutedContext context) { }
}
