using System.Text;
using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using IncLead.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Features.Account;

/// <summary>Forgotten password: an emailed link (Identity's reset token, valid 2 hours) to choose a new one.</summary>
[AllowAnonymous, Route("account")]
public sealed class PasswordResetController(UserManager<AppUser> users, AppDbContext db, AuditLog audit, Outbox outbox, IOptions<EmailOptions> email)
    : AppController, IExemptFromTwoFactorEnrolment
{
    [HttpGet("forgot-password"), AllowAnonymous]
    public IActionResult ForgotPassword() => View(new ForgotPasswordForm());

    [HttpPost("forgot-password"), AllowAnonymous, EnableRateLimiting(RateLimits.Authentication)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form)
    {
        if (!ModelState.IsValid) return Invalid(form);

        // The same answer whether or not the address has an account, so the page cannot be used to find accounts; both
        // cases write to the database once, so neither takes noticeably longer.
        var address = form.Email.Trim();
        var user = await users.FindByEmailAsync(address);
        if (user is not null)
        {
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = $"{email.Value.PublicBaseUrl.TrimEnd('/')}/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&token={token}";
            outbox.Enqueue(user.CurrentOrganisationId, user.Email!, user.FullName, "Reset your IncLead password",
                $"Hello {user.FullName},\n\nSomeone asked to reset the password for your IncLead account. If it was you, choose a new password here (the link works for 2 hours):\n\n{link}\n\nIf it was not you, you can ignore this email: your password has not changed.\n");
        }
        audit.RecordFor(user, address.Length > 256 ? address[..256] : address, user?.CurrentOrganisationId, AuditActions.PasswordResetRequested,
            user is null ? "Password reset asked for an address with no account; nothing sent" : "Password reset link emailed");
        await db.SaveChangesAsync();
        return View("ForgotPasswordSent", address);
    }

    [HttpGet("reset-password"), AllowAnonymous]
    public IActionResult ResetPassword(string? email, string? token) =>
        string.IsNullOrEmpty(email) || string.IsNullOrEmpty(token)
            ? View("ResetLinkInvalid")
            : View(new ResetPasswordForm { Email = email, Token = token });

    [HttpPost("reset-password"), AllowAnonymous, EnableRateLimiting(RateLimits.Authentication)]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form)
    {
        if (!ModelState.IsValid) return Invalid(form);
        var user = await users.FindByEmailAsync(form.Email);
        if (user is null) return InvalidLink();

        string token;
        try { token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(form.Token)); }
        catch (FormatException) { token = ""; }

        var result = await users.ResetPasswordAsync(user, token, form.Password);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == "InvalidToken"))
            {
                audit.RecordFor(user, user.Email!, user.CurrentOrganisationId, AuditActions.PasswordResetRefused, "A password reset link was refused: used already, expired or not for this account");
                await db.SaveChangesAsync();
                return InvalidLink();
            }
            foreach (var error in result.Errors) ModelState.AddModelError(nameof(form.Password), error.Description);
            return Invalid(form);
        }
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        audit.RecordFor(user, user.Email!, user.CurrentOrganisationId, AuditActions.PasswordReset, "Password reset by email link");
        await db.SaveChangesAsync();
        Flash("Your password has been changed. Sign in with your new password.");
        return RedirectToAction(nameof(AccountController.SignIn), "Account");
    }

    private ViewResult InvalidLink()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("ResetLinkInvalid");
    }
}
