using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.TrustAdmin;

[Authorize(Policy = Policies.TrustAdmin), Route("admin/organisation")]
public sealed class OrganisationController(AppDbContext db, AuditLog audit) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Edit() => View("Organisation", OrganisationForm.From(await CurrentAsync()));

    [HttpPost("")]
    public async Task<IActionResult> Edit(OrganisationForm form)
    {
        var organisation = await CurrentAsync();
        if (ModelState.IsValid && await db.Organisations.AnyAsync(o => o.Id != organisation.Id && o.OdsCode == Domain.Organisation.NormaliseOdsCode(form.OdsCode)))
            ModelState.AddModelError(nameof(form.OdsCode), "Another organisation already uses this ODS code");
        if (!ModelState.IsValid) return Invalid(form, "Organisation");

        var before = $"{organisation.Name} ({organisation.OdsCode}), two-factor required: {(organisation.RequireTwoFactorForAdmins ? "yes" : "no")}";
        organisation.UpdateProfile(form.Name, form.Type!.Value, form.OdsCode, form.Region, form.HasCouncilOfGovernors, form.RequireTwoFactorForAdmins);
        audit.Record(AuditActions.OrganisationUpdated, "Organisation", organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"Profile changed from {before} to {organisation.Name} ({organisation.OdsCode}), two-factor required: {(organisation.RequireTwoFactorForAdmins ? "yes" : "no")}");
        await db.SaveChangesAsync();
        Flash("Organisation profile saved");
        return RedirectToAction(nameof(Edit));
    }

    // Organisations are not tenant-filtered (a person may belong to several), so scope by the current one explicitly.
    private Task<Domain.Organisation> CurrentAsync()
    {
        var id = CurrentOrganisation.ReadId(User);
        return db.Organisations.SingleAsync(o => o.Id == id);
    }
}
