using System.Globalization;
using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.SingleSignOn;

/// <summary>The trust admin's page for the organisation's identity provider.</summary>
[Authorize(Policy = Policies.TrustAdmin), Route("admin/single-sign-on")]
public sealed class SettingsController(AppDbContext db, ClientSecretProtector secrets, ClientCertificates certificates, ProviderCheck check, AuditLog audit, TimeProvider clock) : AppController
{
    private const string View_ = "~/Features/SingleSignOn/Settings.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Edit()
    {
        ViewData["RedirectUri"] = RedirectUri;
        var connection = await CurrentAsync();
        var form = SettingsForm.From(connection);
        form.Certificate = CertificateOf(connection);
        return View(View_, form);
    }

    /// <summary>The public certificate only, to upload to the app registration; its private key never leaves IncLead.</summary>
    [HttpGet("certificate")]
    public async Task<IActionResult> Certificate()
    {
        var connection = await CurrentAsync();
        if (connection is null || connection.ProtectedClientCertificate.Length == 0) return NotFound();
        using var certificate = certificates.Load(connection.ProtectedClientCertificate);
        return File(System.Text.Encoding.ASCII.GetBytes(certificate.ExportCertificatePem() + "\n"), "application/x-x509-ca-cert", "inclead-single-sign-on.cer");
    }

    private (string Thumbprint, DateTime ValidUntil)? CertificateOf(SingleSignOnConnection? connection)
    {
        if (connection is null || connection.ProtectedClientCertificate.Length == 0) return null;
        using var certificate = certificates.Load(connection.ProtectedClientCertificate);
        return (certificate.Thumbprint, certificate.NotAfter.ToUniversalTime());
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit(SettingsForm form)
    {
        ViewData["RedirectUri"] = RedirectUri;
        var organisationId = CurrentOrganisation.ReadId(User)!.Value;
        var connection = await CurrentAsync();
        form.HasStoredSecret = connection?.ProtectedClientSecret.Length > 0;
        form.Certificate = CertificateOf(connection);
        var secret = string.IsNullOrWhiteSpace(form.ClientSecret) ? null : form.ClientSecret.Trim();
        if (!form.UsesCertificate && secret is null && !form.HasStoredSecret)
            ModelState.AddModelError(nameof(form.ClientSecret), "Enter the client secret, or choose a certificate instead");

        if (ModelState.IsValid)
        {
            var domains = form.Domains;
            var taken = await db.SingleSignOnDomains.Where(d => domains.Contains(d.Name) && d.OrganisationId != organisationId).Select(d => d.Name).FirstOrDefaultAsync();
            if (taken is not null) ModelState.AddModelError(nameof(form.EmailDomains), $"{taken} is already used by another organisation's single sign-on");
            if (form.IsEnabled == true && form.RequiredForDomainAccounts && !await HasBreakGlassAdminAsync(organisationId))
                ModelState.AddModelError(nameof(form.RequiredForDomainAccounts),
                    "Before you require single sign-on, a trust admin must turn on two-factor sign-in, so their password still works if the provider is down");
        }
        var proposed = connection ?? new SingleSignOnConnection(organisationId);
        if (ModelState.IsValid && form.IsEnabled == true)
        {
            var probe = new SingleSignOnConnection(organisationId);
            probe.Configure(form.Authority, form.ClientId, null, form.EmailClaim, form.Domains, true, false, OrganisationRoles.None, clock.GetUtcNow().UtcDateTime);
            if (await check.ProblemAsync(probe, secret ?? "unchanged", HttpContext.RequestAborted) is { } problem)
                ModelState.AddModelError(nameof(form.Authority), problem);
        }
        if (!ModelState.IsValid) return Invalid(form, View_);

        proposed.Configure(form.Authority, form.ClientId, secret is null ? null : secrets.Protect(secret), form.EmailClaim, form.Domains,
            form.IsEnabled!.Value, form.RequiredForDomainAccounts, form.JoinRoles, clock.GetUtcNow().UtcDateTime);
        // The first time a certificate is chosen IncLead makes one; later saves keep it.
        var madeCertificate = form.UsesCertificate && proposed.ProtectedClientCertificate.Length == 0;
        proposed.UseCredential(form.UsesCertificate, madeCertificate ? certificates.CreateProtected() : null);
        if (connection is null) db.SingleSignOnConnections.Add(proposed);
        audit.Record(AuditActions.SingleSignOnConfigured, "Organisation", organisationId.ToString(CultureInfo.InvariantCulture),
            $"Single sign-on {(proposed.IsEnabled ? "on" : "off")}: issuer {proposed.Authority}, client {proposed.ClientId}, domains {string.Join(", ", form.Domains)}, " +
            $"required for domain accounts: {(proposed.RequiredForDomainAccounts ? "yes" : "no")}, join automatically as: {(proposed.AutoJoinRoles == OrganisationRoles.None ? "nobody" : proposed.AutoJoinRoles)}" +
            (secret is null ? "" : ", client secret changed") + (proposed.UsesCertificate ? ", proves itself with a certificate" : ", proves itself with the client secret") +
            (madeCertificate ? " (a new certificate was made)" : ""));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two organisations claimed the same domain at the same moment: the unique index kept one.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(form.EmailDomains), "One of these domains was just taken by another organisation's single sign-on");
            return Invalid(form, View_);
        }
        Flash(madeCertificate ? "Single sign-on settings saved. Download the certificate and upload it to your app registration before turning single sign-on on." : "Single sign-on settings saved");
        return RedirectToAction(nameof(Edit));
    }

    private string RedirectUri => $"{Request.Scheme}://{Request.Host}{Request.PathBase}{SingleSignOnNames.CallbackPrefix}{CurrentOrganisation.ReadId(User)}";

    private Task<SingleSignOnConnection?> CurrentAsync()
    {
        var id = CurrentOrganisation.ReadId(User);
        return db.SingleSignOnConnections.Include(c => c.Domains).FirstOrDefaultAsync(c => c.OrganisationId == id);
    }

    private Task<bool> HasBreakGlassAdminAsync(int organisationId) =>
        (from m in db.Memberships.IgnoreQueryFilters()
         join u in db.Users on m.UserId equals u.Id
         where m.OrganisationId == organisationId && m.IsActive && (m.Roles & OrganisationRoles.TrustAdmin) != 0 && u.TwoFactorEnabled
         select m.Id).AnyAsync();
}
