using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Actions;

/// <summary>The organisation's rules for its action plan, kept by the equality lead.</summary>
[Authorize(Policy = Policies.EqualityLead), Route("actions/settings")]
public sealed class ActionSettingsController(AppDbContext db, AuditLog audit) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Edit()
    {
        var organisation = await db.Organisations.SingleAsync(o => o.Id == db.OrganisationId);
        return View("Settings", new ActionSettingsForm { RequireCompletionEvidence = organisation.RequireCompletionEvidence });
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(ActionSettingsForm form)
    {
        // A value that cannot be read must not be saved as the default (off).
        if (!ModelState.IsValid)
        {
            ModelState.Remove(nameof(form.RequireCompletionEvidence));
            ModelState.AddModelError(nameof(form.RequireCompletionEvidence), "Tick the box to require evidence, or leave it clear");
            return Invalid(form, "Settings");
        }
        var organisation = await db.Organisations.SingleAsync(o => o.Id == db.OrganisationId);
        if (organisation.RequireCompletionEvidence != form.RequireCompletionEvidence)
        {
            organisation.SetActionPlanRules(form.RequireCompletionEvidence);
            audit.Record(AuditActions.ActionPlanRulesChanged, "Organisation", organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                form.RequireCompletionEvidence ? "Evidence of completion is now required before an action is marked done" : "Evidence of completion is no longer required");
            await db.SaveChangesAsync();
        }
        Flash("Action plan settings saved.");
        return Redirect("/actions");
    }
}

public sealed class ActionSettingsForm
{
    public bool RequireCompletionEvidence { get; set; }
}
