using System.Globalization;
using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Features.Stories;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Actions;

/// <summary>The equality lead changes an action's details. A save based on an older version is refused with both versions shown.</summary>
[Authorize(Policy = Policies.EqualityLead), Route("actions/{id:int}/edit")]
public sealed class ActionEditController(AppDbContext db, ActionSourceResolver sources, AuditLog audit, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int id)
    {
        var action = await db.Actions.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (action is null) return NotFound();
        var form = new ActionForm
        {
            Title = action.Title, Description = action.Description, OwnerUserId = action.OwnerUserId, ExecutiveLeadUserId = action.ExecutiveLeadUserId,
            DueOn = action.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Priority = action.Priority.ToString(),
            StageId = action.StatementId is null && action.FactorId is null ? action.StageId : null, EdsOutcomeId = action.EdsOutcomeId, Version = action.Version,
        };
        return View("Form", await PageAsync(action, form, null));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(int id, [Bind(Prefix = "Form")] ActionForm form)
    {
        var action = await db.Actions.SingleOrDefaultAsync(a => a.Id == id);
        if (action is null) return NotFound();
        await ActionFormChecks.ValidateAsync(form, ModelState, db, action.CreatedAt, isNew: false);
        if (!ModelState.IsValid) return Invalid(await PageAsync(action, form, null), "Form");
        if (form.Version != action.Version) return await ConflictAsync(action, form);

        var now = clock.GetUtcNow().UtcDateTime;
        var by = User.FindFirstValue(AppClaims.FullName) ?? "Equality lead";
        var before = Summary(action);
        var ownerChanged = action.OwnerUserId != form.OwnerUserId;
        db.Entry(action).Property(a => a.Version).OriginalValue = form.Version!.Value;
        action.Describe(form.Title!, form.Description ?? "", form.OwnerUserId!, form.ExecutiveLeadUserId, form.DueOnDate!.Value, form.PriorityValue!.Value, by, now);
        action.LinkTo(form.StageId, form.EdsOutcomeId, by, now);
        audit.Record(AuditActions.ActionChanged, "Action", id.ToString(CultureInfo.InvariantCulture),
            $"{before} → {Summary(action)}" + (ownerChanged ? "; owner changed" : ""));
        return await SaveEditAsync(db, async () => await ConflictAsync(await db.Actions.SingleAsync(a => a.Id == id), form), "The action has been changed.", $"/actions/{id}");
    }

    private static string Summary(ActionItem a) => $"'{a.Title}', due {Dates.Long(a.DueOn)}, {a.Priority} priority";

    private async Task<ActionFormPage> PageAsync(ActionItem action, ActionForm form, ActionVersion? theirs)
    {
        var source = await sources.ResolveAsync(action.CycleId, action.StatementId, action.FactorId, null, null, null, StoryReaders.From(User));
        (form.CycleId, form.StatementId, form.FactorId) = (action.CycleId, action.StatementId, action.FactorId);
        return new ActionFormPage(action.Id, form, await ActionChoicesLoader.LoadAsync(db), source?.Details, theirs);
    }

    private async Task<IActionResult> ConflictAsync(ActionItem saved, ActionForm mine)
    {
        ModelState.Clear();
        ModelState.AddModelError("", ActionVersions.ConflictMessage);
        mine.Version = saved.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Form", await PageAsync(saved, mine, await ActionVersions.OfAsync(db, saved)));
    }
}
