using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Infrastructure;

/// <summary>Conventions every IncLead controller shares: how bad input and missing records are answered.</summary>
public abstract class AppController : Controller
{
    /// <summary>Re-shows the form with its errors beside the fields and in the summary, as 422, having changed nothing.</summary>
    protected IActionResult Invalid(object model, string? viewName = null)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(viewName, model);
    }

    /// <summary>Refuses a request that is well formed but not allowed now (a closed cycle, a stale state), with a page that says why.</summary>
    protected IActionResult Refused(int status, string title, string explanation, string? nextHref = null, string? nextText = null)
    {
        Response.StatusCode = status;
        return View("~/Features/Errors/Show.cshtml", new Features.Errors.ErrorPage(title, explanation, nextHref, nextText));
    }

    protected void Flash(string message) => TempData["Flash"] = message;

    /// <summary>A flash for an action that sent email; where emails are written to files, the banner names the folder.</summary>
    protected void FlashEmailSent(string message)
    {
        Flash(message);
        TempData["FlashEmail"] = true;
    }

    /// <summary>
    /// Saves an edit made against the version the person loaded, then says so and redirects. If someone else saved
    /// first, the tracked changes are dropped and <paramref name="conflict"/> shows both versions, so nothing is lost.
    /// </summary>
    protected async Task<IActionResult> SaveEditAsync(DbContext db, Func<Task<IActionResult>> conflict, string saved, string redirectTo)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await conflict();
        }
        Flash(saved);
        return Redirect(redirectTo);
    }

    protected IActionResult RedirectToLocal(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : Redirect("/");
}
