using System.Text;
using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace IncLead.Web.Features.Account;

/// <summary>
/// The link emailed to the owner of a locked account lifts that lock, so a stranger's guesses cannot keep them out.
/// Opening the link only shows a button: mail scanners that follow links must not use it up.
/// </summary>
[AllowAnonymous, Route("account/unlock")]
public sealed class UnlockController(UserManager<AppUser> users, AppDbContext db, AuditLog audit) : AppController, IExemptFromTwoFactorEnrolment
{
    [HttpGet("")]
    public IActionResult Unlock(string? email, string? token) =>
        string.IsNullOrEmpty(email) || string.IsNullOrEmpty(token) ? LinkInvalid() : View(new UnlockForm { Email = email, Token = token });

    [HttpPost(""), EnableRateLimiting(RateLimits.Authentication)]
    public async Task<IActionResult> Unlock(UnlockForm form)
    {
        if (!ModelState.IsValid) return LinkInvalid();
        var user = await users.FindByEmailAsync(form.Email);
        if (user is null) return LinkInvalid();

        var lockoutEnd = await users.GetLockoutEndDateAsync(user);
        string token;
        try { token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(form.Token)); }
        catch (FormatException) { token = ""; }
        if (!await users.IsLockedOutAsync(user) || !await users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, PasswordSignIn.UnlockPurpose(lockoutEnd), token))
        {
            audit.RecordFor(user, user.Email!, user.CurrentOrganisationId, AuditActions.UnlockRefused, "An unlock link was refused: used already, expired or not for this account");
            await db.SaveChangesAsync();
            return LinkInvalid();
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        audit.RecordFor(user, user.Email!, user.CurrentOrganisationId, AuditActions.AccountUnlocked, "Account unlocked by the owner with the emailed link");
        await db.SaveChangesAsync();
        Flash("Your account is unlocked. Sign in with your password.");
        return RedirectToAction(nameof(AccountController.SignIn), "Account");
    }

    private ViewResult LinkInvalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("UnlockLinkInvalid");
    }
}

public sealed class UnlockForm
{
    [System.ComponentModel.DataAnnotations.Required]
    public string Email { get; set; } = "";

    [System.ComponentModel.DataAnnotations.Required]
    public string Token { get; set; } = "";
}
