using System.Globalization;
using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Actions;

/// <summary>
/// One action: its details, RAG and history, "did it work?", and the progress form for its owner, executive lead and
/// the equality lead. A progress save based on an older version is refused with both versions shown.
/// </summary>
[Authorize(Policy = Policies.OrganisationMember), Route("actions/{id:int}")]
public sealed class ActionController(AppDbContext db, ActionDetailsQuery details, AuditLog audit, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Show(int id)
    {
        var found = await details.LoadAsync(id, User);
        if (found is null) return NotFound();
        var form = ActionPermissions.CanReportProgress(User, found.Action) ? ProgressForm.From(found.Action) : null;
        return View("Show", new ActionPage(found, form, null, ActionPermissions.CanRaiseAndEdit(User)));
    }

    [HttpPost("progress")]
    public async Task<IActionResult> Progress(int id, [Bind(Prefix = "Progress")] ProgressForm form)
    {
        var action = await db.Actions.SingleOrDefaultAsync(a => a.Id == id);
        if (action is null) return NotFound();
        if (!ActionPermissions.CanReportProgress(User, action))
            return Refused(StatusCodes.Status403Forbidden, "Only the owner, the executive lead or the equality lead can update this action", "Nothing has been changed.");
        if (!ModelState.IsValid) return await ShowInvalidAsync(action, form);
        if (form.Version != action.Version) return await ConflictAsync(action, form);

        var status = form.StatusValue;
        var evidenceRequired = await db.Organisations.Where(o => o.Id == action.OrganisationId).Select(o => o.RequireCompletionEvidence).SingleAsync();
        if (status is null) ModelState.AddModelError("Progress.Status", "Choose a status from the list");
        else if (ActionStatusRules.Check(action.Status, status.Value, form.CompletionEvidence, form.DropReason, evidenceRequired) is { } problem)
            ModelState.AddModelError("Progress." + problem.Field, problem.Message);
        var changes = status is null ? "" : Changes(action, form, status.Value);
        if (ModelState.IsValid && changes.Length == 0 && string.IsNullOrWhiteSpace(form.Note))
            ModelState.AddModelError("Progress.Note", "Write a progress note, or change the status, the risk flag or the evidence");
        if (!ModelState.IsValid) return await ShowInvalidAsync(action, form);

        var now = clock.GetUtcNow().UtcDateTime;
        var by = User.FindFirstValue(AppClaims.FullName) ?? "Someone";
        var before = $"{action.Status.Label()}, {action.RagAt(now).Label()}";
        // The token the person started from is what the UPDATE checks, so a save that races this one still conflicts.
        db.Entry(action).Property(a => a.Version).OriginalValue = form.Version!.Value;
        action.Progress(status!.Value, form.AtRisk, form.RiskNote, form.CompletionEvidence, form.DropReason, evidenceRequired, by, now);
        db.ProgressUpdates.Add(new ProgressUpdate(action.OrganisationId, action.Id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, by, form.Note, changes, now));
        audit.Record(AuditActions.ActionProgressed, "Action", id.ToString(CultureInfo.InvariantCulture),
            $"'{action.Title}': {before} → {action.Status.Label()}, {action.RagAt(now).Label()}" + (changes.Length > 0 ? $" ({changes})" : " (progress note)"));
        return await SaveEditAsync(db, async () => await ConflictAsync(await db.Actions.SingleAsync(a => a.Id == id), form), "Your update has been saved.", $"/actions/{id}");
    }

    private static string Changes(ActionItem action, ProgressForm form, ActionStatus status)
    {
        var changes = new List<string>();
        if (status != action.Status) changes.Add($"status {action.Status.Label()} → {status.Label()}");
        if (form.AtRisk != action.AtRisk && status.IsOpen()) changes.Add(form.AtRisk ? "risk flagged" : "risk flag cleared");
        if (Clean(form.CompletionEvidence) != action.CompletionEvidence) changes.Add("evidence of completion updated");
        if (status == ActionStatus.Dropped && Clean(form.DropReason) != action.DropReason) changes.Add("reason for dropping recorded");
        return string.Join("; ", changes);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private async Task<IActionResult> ShowInvalidAsync(ActionItem action, ProgressForm form)
    {
        var found = await details.DescribeAsync(action, User);
        return Invalid(new ActionPage(found, form, null, ActionPermissions.CanRaiseAndEdit(User)), "Show");
    }

    private async Task<IActionResult> ConflictAsync(ActionItem saved, ProgressForm mine)
    {
        ModelState.Clear();
        ModelState.AddModelError("", ActionVersions.ConflictMessage);
        var found = await details.DescribeAsync(saved, User);
        mine.Version = saved.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Show", new ActionPage(found, mine, await ActionVersions.OfAsync(db, saved), ActionPermissions.CanRaiseAndEdit(User)));
    }
}
