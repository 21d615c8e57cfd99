using System.Globalization;
using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using IncLead.Web.Infrastructure.Compression;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace IncLead.Web.Features.Account;

/// <summary>
/// Enrolment in two-factor sign-in with an authenticator app (TOTP), and recovery codes.
/// Opening the page changes nothing: a new key travels in the form, protected so it cannot be altered, and is stored
/// only when the person proves their app has it. Storing a key through Identity's reset would change the security
/// stamp and end every session of the person within a minute, including the one they are enrolling in.
/// </summary>
[Authorize, NoCompression, Route("account/two-factor-setup")]
public sealed class TwoFactorController(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, AuditLog audit,
    IDataProtectionProvider protection, IUserStore<AppUser> store)
    : AppController, IExemptFromTwoFactorEnrolment
{
    // Long enough to install an app and come back the next morning.
    private static readonly TimeSpan PendingKeyLifetime = TimeSpan.FromDays(1);

    [HttpGet("")]
    public async Task<IActionResult> Setup()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var key = user.TwoFactorEnabled ? await users.GetAuthenticatorKeyAsync(user) : null;
        return View(BuildSetup(user, key ?? users.GenerateNewAuthenticatorKey(), new TwoFactorCodeForm()));
    }

    [HttpPost("")]
    public async Task<IActionResult> Setup([Bind(Prefix = "Form")] TwoFactorCodeForm form, string? pendingKey)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();

        // Someone already enrolled confirms their current key; anyone else the key their page was shown.
        var key = user.TwoFactorEnabled ? await users.GetAuthenticatorKeyAsync(user) : Unprotect(pendingKey);
        if (key is null)
        {
            ModelState.AddModelError("Form.Code", "This page was open too long. Scan the new QR code below and enter the code it gives.");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(BuildSetup(user, users.GenerateNewAuthenticatorKey(), new TwoFactorCodeForm()));
        }
        if (ModelState.IsValid)
        {
            var code = form.Code.Replace(" ", "", StringComparison.Ordinal).Trim();
            // The key is set on the tracked user only; nothing is saved unless the code is right.
            if (!user.TwoFactorEnabled) await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
            if (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            {
                var codes = await db.InTransactionAsync(async _ =>
                {
                    // Turning two-factor on changes the security stamp: other sessions end, this one is re-issued below.
                    await users.SetTwoFactorEnabledAsync(user, true);
                    var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
                    audit.RecordFor(user, user.Email!, user.CurrentOrganisationId ?? CurrentOrganisation.ReadId(User), AuditActions.TwoFactorEnabled, "Two-factor sign-in enabled with an authenticator app");
                    await db.SaveChangesAsync();
                    return codes;
                });
                await signIn.RefreshSignInAsync(user);
                return View("RecoveryCodes", codes);
            }
            ModelState.AddModelError("Form.Code", "The code is not correct. Check the time on your phone is right, then enter the newest code.");
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(BuildSetup(user, key, form));
    }

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("IncLead.TwoFactorSetup.PendingKey").ToTimeLimitedDataProtector();

    private string? Unprotect(string? pendingKey)
    {
        if (string.IsNullOrEmpty(pendingKey)) return null;
        try
        {
            // Bound to the person, so a key from someone else's page cannot be planted.
            var parts = Protector.Unprotect(pendingKey).Split('|', 2);
            return parts.Length == 2 && parts[0] == users.GetUserId(User) ? parts[1] : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    private TwoFactorSetup BuildSetup(AppUser user, string key, TwoFactorCodeForm form)
    {
        var uri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            Uri.EscapeDataString("IncLead"), Uri.EscapeDataString(user.Email!), key);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(4);
        var pending = user.TwoFactorEnabled ? null : Protector.Protect($"{user.Id}|{key}", PendingKeyLifetime);
        return new TwoFactorSetup(FormatKey(key), svg, user.TwoFactorEnabled, form, pending);
    }

    // Groups of four are easier to type into an app by hand.
    private static string FormatKey(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
}

public sealed record TwoFactorSetup(string SharedKey, string QrCodeSvg, bool AlreadyEnabled, TwoFactorCodeForm Form, string? PendingKey);
