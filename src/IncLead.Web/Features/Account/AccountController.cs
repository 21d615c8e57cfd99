using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace IncLead.Web.Features.Account;

[Authorize, Route("account")]
public sealed class AccountController(SignInManager<AppUser> signIn, UserManager<AppUser> users, AppDbContext db, AuditLog audit,
    PasswordSignIn passwordSignIn, SessionRevocation sessions)
    : AppController, IExemptFromTwoFactorEnrolment
{
    private const string IncorrectCredentials = "Your email address or password is incorrect";

    [HttpGet("sign-in"), AllowAnonymous]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = returnUrl });

    [HttpPost("sign-in"), AllowAnonymous, EnableRateLimiting(RateLimits.Authentication)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid) return Invalid(form);

        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var (outcome, _) = await passwordSignIn.SignInAsync(form.Email, form.Password, client);
        switch (outcome)
        {
            case SignInOutcome.SignedIn:
                return RedirectToLocal(form.ReturnUrl);
            case SignInOutcome.NeedsSecondFactor:
                return RedirectToAction(nameof(TwoFactor), new { returnUrl = form.ReturnUrl });
            case SignInOutcome.TooManyAttempts:
                return Refused(StatusCodes.Status429TooManyRequests, "Too many attempts",
                    "There have been too many unsuccessful attempts to sign in from your network. Wait 15 minutes and try again, or reset your password.");
            case SignInOutcome.NoAccess:
                ModelState.AddModelError("", "Your access to IncLead has been removed. Contact your organisation's trust admin.");
                return Invalid(form);
            default:
                // The same words for an unknown address, a wrong password and a locked account (its owner is emailed).
                ModelState.AddModelError(nameof(form.Email), IncorrectCredentials);
                return Invalid(form);
        }
    }

    [HttpGet("two-factor"), AllowAnonymous]
    public async Task<IActionResult> TwoFactor(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(SignIn))
            : View(new TwoFactorCodeForm { ReturnUrl = returnUrl });

    [HttpPost("two-factor"), AllowAnonymous, EnableRateLimiting(RateLimits.Authentication)]
    public async Task<IActionResult> TwoFactor(TwoFactorCodeForm form)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToAction(nameof(SignIn));
        if (!ModelState.IsValid) return Invalid(form);

        var code = form.Code.Replace(" ", "", StringComparison.Ordinal).Trim();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        return await CompleteSecondFactorAsync(user, result, form, nameof(form.Code), "authenticator code", form.ReturnUrl);
    }

    [HttpGet("recovery-code"), AllowAnonymous]
    public async Task<IActionResult> RecoveryCode(string? returnUrl) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? RedirectToAction(nameof(SignIn))
            : View(new RecoveryCodeForm { ReturnUrl = returnUrl });

    [HttpPost("recovery-code"), AllowAnonymous, EnableRateLimiting(RateLimits.Authentication)]
    public async Task<IActionResult> RecoveryCode(RecoveryCodeForm form)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToAction(nameof(SignIn));
        if (!ModelState.IsValid) return Invalid(form);

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(form.RecoveryCode.Replace(" ", "", StringComparison.Ordinal));
        return await CompleteSecondFactorAsync(user, result, form, nameof(form.RecoveryCode), "recovery code", form.ReturnUrl);
    }

    private async Task<IActionResult> CompleteSecondFactorAsync(AppUser user, Microsoft.AspNetCore.Identity.SignInResult result, object form, string field, string what, string? returnUrl)
    {
        if (result.Succeeded)
        {
            await AuditSignInAsync(user, user.Email!, AuditActions.SignInSucceeded, $"Signed in with password and {what}");
            return RedirectToLocal(returnUrl);
        }
        if (result.IsLockedOut)
        {
            await AuditSignInAsync(user, user.Email!, AuditActions.SignInLockedOut, $"Locked after a wrong {what}");
            ModelState.AddModelError(field, "Your account is locked for 15 minutes after too many failed attempts.");
        }
        else
        {
            await AuditSignInAsync(user, user.Email!, AuditActions.SignInFailed, $"Wrong {what}");
            ModelState.AddModelError(field, $"The {what} is not correct. Check it and try again.");
        }
        return Invalid(form);
    }

    /// <summary>Ends this session, including any copy of its cookie (<see cref="SessionRevocation"/>).</summary>
    [HttpPost("sign-out")]
    public new async Task<IActionResult> SignOut()
    {
        var userId = users.GetUserId(User) ?? "";
        var session = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await sessions.RevokeAsync(db, userId, SessionRevocation.IdOf(session.Properties));
        audit.Record(AuditActions.SignedOut, "User", userId, "Signed out");
        await db.SaveChangesAsync();
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(SignIn));
    }

    /// <summary>Ends every session of the person on every device: a new security stamp fails each at its next check.</summary>
    [HttpPost("sign-out-everywhere")]
    public async Task<IActionResult> SignOutEverywhere()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return RedirectToAction(nameof(SignIn));
        var session = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await sessions.RevokeAsync(db, user.Id, SessionRevocation.IdOf(session.Properties));
        audit.Record(AuditActions.SignedOutEverywhere, "User", user.Id, "Signed out on every device");
        await users.UpdateSecurityStampAsync(user);
        sessions.EndedEverywhere(user.Id);
        await signIn.SignOutAsync();
        Flash("You have been signed out on every device.");
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private Task AuditSignInAsync(AppUser? user, string email, string action, string summary) =>
        passwordSignIn.AuditAsync(user, email, action, summary);
}
