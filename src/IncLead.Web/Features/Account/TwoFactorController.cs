using System.Globalization;
using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using IncLead.Web.Infrastructure.Compression;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace IncLead.Web.Features.Account;

/// <summary>Enrolment in two-factor sign-in with an authenticator app (TOTP), and recovery codes.</summary>
[Authorize, NoCompression, Route("account/two-factor-setup")]
public sealed class TwoFactorController(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db, AuditLog audit)
    : AppController, IExemptFromTwoFactorEnrolment
{
    [HttpGet("")]
    public async Task<IActionResult> Setup()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        return View(await BuildSetupAsync(user, new TwoFactorCodeForm()));
    }

    [HttpPost("")]
    public async Task<IActionResult> Setup([Bind(Prefix = "Form")] TwoFactorCodeForm form)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (ModelState.IsValid)
        {
            var code = form.Code.Replace(" ", "", StringComparison.Ordinal).Trim();
            var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
            if (valid)
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await users.SetTwoFactorEnabledAsync(user, true);
                var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
                audit.RecordFor(user, user.Email!, user.CurrentOrganisationId ?? CurrentOrganisation.ReadId(User), AuditActions.TwoFactorEnabled, "Two-factor sign-in enabled with an authenticator app");
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
                await signIn.RefreshSignInAsync(user);
                return View("RecoveryCodes", codes);
            }
            ModelState.AddModelError("Form.Code", "The code is not correct. Check the time on your phone is right, then enter the newest code.");
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(await BuildSetupAsync(user, form));
    }

    private async Task<TwoFactorSetup> BuildSetupAsync(AppUser user, TwoFactorCodeForm form)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        var uri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            Uri.EscapeDataString("IncLead"), Uri.EscapeDataString(user.Email!), key);
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return new TwoFactorSetup(FormatKey(key!), svg, user.TwoFactorEnabled, form);
    }

    // Groups of four are easier to type into an app by hand.
    private static string FormatKey(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
}

public sealed record TwoFactorSetup(string SharedKey, string QrCodeSvg, bool AlreadyEnabled, TwoFactorCodeForm Form);
