using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IncLead.Web.Features.Errors;

/// <summary>
/// Friendly pages for error statuses; never a stack trace. The status-code and exception handlers re-run the failed
/// request here with its own method, so these pages answer any method and never ask for an antiforgery token: a POST
/// that failed its token check would otherwise fail again here and leave the person with an empty page.
/// </summary>
[AllowAnonymous, IgnoreAntiforgeryToken, Route("error"), ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : AppController, IExemptFromTwoFactorEnrolment
{
    [Route("{status:int?}")]
    public IActionResult Show(int? status)
    {
        var code = status ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        return View(code switch
        {
            404 => new ErrorPage("Page not found", "If you typed the web address, check it is correct. If you followed a link, the record may have been removed or may belong to another organisation."),
            403 => new ErrorPage("You do not have access to this page", "Your role in this organisation does not include this page."),
            400 => new ErrorPage("Sorry, there is a problem with that request", "Go back and try again. If you were filling in a form, your answers have not been saved."),
            429 => new ErrorPage("Too many attempts", "Wait a few minutes and try again."),
            _ => new ErrorPage("Sorry, there is a problem with the service", "Try again later. Nothing you entered has been lost if the page said it was saved."),
        });
    }

    /// <summary>Shown instead of every page when the site is reached over plain HTTP but its cookies need HTTPS.</summary>
    [Route("https-required")]
    public IActionResult HttpsRequired()
    {
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return View("Show", new ErrorPage("This service is not set up correctly",
            "It must be reached over a secure connection (an address starting https://), and this request was not. " +
            "If you run this service, check that the proxy in front of it sends the X-Forwarded-Proto header and is listed in ForwardedHeaders:KnownProxies, " +
            "or, for a trial over plain HTTP only, set Security:CookieSecurePolicy to SameAsRequest."));
    }
}

/// <summary>A page that says what happened; <see cref="NextHref"/> offers the next sensible step instead of only the home page.</summary>
public sealed record ErrorPage(string Title, string Explanation, string? NextHref = null, string? NextText = null);
