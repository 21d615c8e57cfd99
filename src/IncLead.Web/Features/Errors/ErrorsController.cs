using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IncLead.Web.Features.Errors;

/// <summary>Friendly pages for error statuses; never a stack trace.</summary>
[AllowAnonymous, Route("error"), ApiExplorerSettings(IgnoreApi = true)]
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
            429 => new ErrorPage("Too many attempts", "Wait a minute and try again."),
            _ => new ErrorPage("Sorry, there is a problem with the service", "Try again later. Nothing you entered has been lost if the page said it was saved."),
        });
    }
}

/// <summary>A page that says what happened; <see cref="NextHref"/> offers the next sensible step instead of only the home page.</summary>
public sealed record ErrorPage(string Title, string Explanation, string? NextHref = null, string? NextText = null);
