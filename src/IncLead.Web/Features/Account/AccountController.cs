using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Account;

[Authorize, Route("account")]
public sealed class AccountController(SignInManager<AppUser> signIn, UserManager<AppUser> users, AppDbContext db, AuditLog audit, SingleSignOn.PasswordRule ssoRule)
    : AppController, IExemptFromTwoFactorEnrolment
{
    private const string IncorrectCredentials = "Your email address or password is incorrect";

    [HttpGet("sign-in"), AllowAnonymous]
    public IActionResult SignIn(string? returnUrl) =>
        View(SingleSignOn.SingleSignOnController.EmailStepView, new SingleSignOn.EmailStepForm { ReturnUrl = returnUrl });

    [HttpPost("sign-in"), AllowAnonymous, EnableRateLimiting(RateLimits.Authentication)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        if (!ModelState.IsValid) return Invalid(form);

        var user = await users.FindByEmailAsync(form.Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);

        if ((result.Succeeded || result.RequiresTwoFactor) && user is not null && await ssoRule.RefusesAsync(user))
        {
            await signIn.SignOutAsync();
            ModelState.AddModelError(nameof(form.Email), SingleSignOn.PasswordRule.Refusal);
            await AuditSignInAsync(user, form.Email, AuditActions.SignInFailed, "Password refused: the organisation requires single sign-on for this account");
            return Invalid(form);
        }
        if (result.Succeeded && user is not null && !await HasAccessAsync(user))
        {
            await signIn.SignOutAsync();
            ModelState.AddModelError("", "Your access to IncLead has been removed. Contact your organisation's trust admin.");
            await AuditSignInAsync(user, form.Email, AuditActions.SignInFailed, "Signed in with a correct password but has no active membership");
            return Invalid(form);
        }
        if (result.Succeeded)
        {
            await AuditSignInAsync(user, form.Email, AuditActions.SignInSucceeded, "Signed in with password");
            return RedirectToLocal(form.ReturnUrl);
        }
        if (result.RequiresTwoFactor) return RedirectToAction(nameof(TwoFactor), new { returnUrl = form.ReturnUrl });

        if (result.IsLockedOut)
        {
            await AuditSignInAsync(user, form.Email, AuditActions.SignInLockedOut, "Sign-in refused: account locked after repeated failures");
            ModelState.AddModelError("", "Your account is locked for 15 minutes after too many failed attempts. Try again later or reset your password.");
        }
        else
        {
            await AuditSignInAsync(user, form.Email, AuditActions.SignInFailed, "Wrong email address or password");
            ModelState.AddModelError(nameof(form.Email), IncorrectCredentials);
        }
        return Invalid(form);
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

    [HttpPost("sign-out")]
    public new async Task<IActionResult> SignOut()
    {
        audit.Record(AuditActions.SignedOut, "User", users.GetUserId(User) ?? "", "Signed out");
        await db.SaveChangesAsync();
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(SignIn));
    }

    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private async Task<bool> HasAccessAsync(AppUser user) =>
        user.IsPlatformAdmin || await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == user.Id && m.IsActive);

    private async Task AuditSignInAsync(AppUser? user, string email, string action, string summary)
    {
        var organisationId = user?.CurrentOrganisationId;
        if (user is not null && organisationId is null)
        {
            organisationId = await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == user.Id && m.IsActive)
                .OrderBy(m => m.Id).Select(m => (int?)m.OrganisationId).FirstOrDefaultAsync();
        }
        audit.RecordFor(user, email.Length > 256 ? email[..256] : email, organisationId, action, summary);
        await db.SaveChangesAsync();
    }
}
