using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace IncLead.Web.Features.Errors;

/// <summary>
/// A form whose antiforgery check failed (left open too long, opened before signing in again, or sent without its
/// token) or whose body could not be read is answered with the NHS error page and a way back to the form, as 400,
/// instead of MVC's empty 400 or a 500. The antiforgery service reports a form it cannot read as a failed check; when the
/// token came in a header, model binding would quietly bind nothing, so the action is not run at all.
/// </summary>
public sealed class FormProblemFilter(ILogger<FormProblemFilter> logger) : IAlwaysRunResultFilter, IExceptionFilter, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (request.HasFormContentType)
        {
            // Already read (and kept) by antiforgery or model binding, so this costs nothing for a good form.
            try
            {
                await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
            {
                context.Result = Page(context.HttpContext, "What your browser sent could not be read.");
                return;
            }
        }
        await next();
    }

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not IAntiforgeryValidationFailedResult) return;
        context.Result = Page(context.HttpContext, "The page was open too long, or you signed in again in another tab, so we could not check that the form came from you.");
    }

    public void OnResultExecuted(ResultExecutedContext context) { }

    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not (ValueProviderException or InvalidDataException or BadHttpRequestException)) return;
        context.Result = Page(context.HttpContext, "What your browser sent could not be read.");
        context.ExceptionHandled = true;
    }

    private ViewResult Page(HttpContext http, string why)
    {
        var request = http.Request;
        logger.LogInformation("Form refused on {Method} {Path}: {Why}", request.Method, request.Path, why);

        // Back to the page the form came from when it is on this site, so the person can fill it in again.
        var referer = request.Headers.Referer.ToString();
        var back = Uri.TryCreate(referer, UriKind.Absolute, out var uri) && uri.Host == request.Host.Host ? uri.PathAndQuery : null;
        var page = new ErrorPage("Sorry, this form could not be sent", $"{why} Nothing has been saved. Go back, reload the page and try again.", back, "Go back to the form");
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return new ViewResult
        {
            ViewName = "~/Features/Errors/Show.cshtml",
            StatusCode = StatusCodes.Status400BadRequest,
            ViewData = new ViewDataDictionary(http.RequestServices.GetRequiredService<IModelMetadataProvider>(), new ModelStateDictionary()) { Model = page },
        };
    }
}
