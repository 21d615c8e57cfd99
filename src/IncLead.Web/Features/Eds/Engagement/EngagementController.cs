using System.Globalization;
using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Features.Cycles;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Eds.Engagement;

/// <summary>
/// Community engagement in the EDS assessment: the toolkit's 11-item check list (Stage 5), tracked per cycle, and a
/// log of engagement events with the board members who were there.
/// </summary>
[Authorize(Policy = Policies.EqualityLead), Route("cycles/{cycleId:int}/eds/engagement")]
public sealed class EngagementController(AppDbContext db, EdsWorkspaceQuery workspaces, AuditLog audit, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int cycleId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        if (workspace is null) return NotFound();
        var checks = await ChecksAsync(workspace);
        var progress = await db.EngagementChecks.AsNoTracking().Where(p => p.AssessmentId == workspace.Assessment.Id).ToDictionaryAsync(p => p.CheckId);
        var names = (await CycleChoices.BoardMembersAsync(db)).ToDictionary(m => m.UserId, m => m.Name);
        var events = await db.EngagementEvents.AsNoTracking().Include(e => e.BoardMembersPresent).Where(e => e.AssessmentId == workspace.Assessment.Id)
            .OrderByDescending(e => e.HeldOn).ToListAsync();
        // A board member who has since left is still named: they were there.
        var missing = events.SelectMany(e => e.BoardMembersPresent).Select(a => a.UserId).Where(u => !names.ContainsKey(u)).Distinct().ToList();
        foreach (var user in await db.Users.Where(u => missing.Contains(u.Id)).Select(u => new { u.Id, u.FullName }).ToListAsync()) names[user.Id] = user.FullName;
        return View(new EngagementPage(workspace, [.. checks.Select(c => (c, progress.GetValueOrDefault(c.Id)))], events, names));
    }

    [HttpGet("checks/{checkId:int}")]
    public async Task<IActionResult> Check(int cycleId, int checkId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        var check = workspace is null ? null : (await ChecksAsync(workspace)).FirstOrDefault(c => c.Id == checkId);
        if (check is null) return NotFound();
        var progress = await db.EngagementChecks.AsNoTracking().SingleOrDefaultAsync(p => p.AssessmentId == workspace!.Assessment.Id && p.CheckId == checkId);
        var form = new CheckForm
        {
            Status = progress?.Status ?? EngagementCheckStatus.NotStarted, Evidence = progress?.Evidence,
            DoneOn = progress?.DoneOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return View(new CheckPage(workspace!, check, form));
    }

    [HttpPost("checks/{checkId:int}")]
    public async Task<IActionResult> Check(int cycleId, int checkId, [Bind(Prefix = "Form")] CheckForm form)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        var check = workspace is null ? null : (await ChecksAsync(workspace)).FirstOrDefault(c => c.Id == checkId);
        if (check is null) return NotFound();
        form.Validate(ModelState);
        if (!ModelState.IsValid) return Invalid(new CheckPage(workspace!, check, form));

        var assessment = workspace!.Assessment;
        var progress = await db.EngagementChecks.SingleOrDefaultAsync(p => p.AssessmentId == assessment.Id && p.CheckId == checkId);
        if (progress is null)
        {
            progress = new EngagementCheckProgress(assessment.OrganisationId, assessment.Id, checkId);
            db.EngagementChecks.Add(progress);
        }
        progress.Record(form.Status!.Value, form.Evidence, form.DoneOnDate, User.FindFirstValue(AppClaims.FullName) ?? "Equality lead", clock.GetUtcNow().UtcDateTime);
        audit.Record(AuditActions.EdsEngagementCheckRecorded, "EngagementCheck", $"{cycleId}/{check.Code}",
            $"{workspace.Cycle.Name} {check.Code}: {EngagementText.Status(progress.Status)}{(progress.DoneOn is { } d ? $" on {Dates.Long(d)}" : "")}");
        await db.SaveChangesAsync();
        Flash($"Check list item {check.Code} saved.");
        return RedirectToAction(nameof(Index), new { cycleId });
    }

    [HttpGet("events/new")]
    public async Task<IActionResult> NewEvent(int cycleId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        if (workspace is null) return NotFound();
        return View("Event", await EventPageAsync(workspace, new EventForm(), null));
    }

    [HttpPost("events/new")]
    public async Task<IActionResult> NewEvent(int cycleId, [Bind(Prefix = "Form")] EventForm form)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        if (workspace is null) return NotFound();
        var item = new EngagementEvent(workspace.Assessment.OrganisationId, workspace.Assessment.Id);
        return await SaveEventAsync(workspace, item, form, isNew: true);
    }

    [HttpGet("events/{eventId:int}")]
    public async Task<IActionResult> EditEvent(int cycleId, int eventId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        var item = workspace is null ? null : await db.EngagementEvents.AsNoTracking().Include(e => e.BoardMembersPresent)
            .SingleOrDefaultAsync(e => e.Id == eventId && e.AssessmentId == workspace.Assessment.Id);
        if (item is null) return NotFound();
        var form = new EventForm
        {
            HeldOn = item.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Kind = item.Kind, Title = item.Title, GroupsReached = item.GroupsReached,
            ProtectedCharacteristics = [.. EqualityGroups.Split(item.ProtectedCharacteristics)], BoardMemberUserIds = [.. item.BoardMembersPresent.Select(a => a.UserId)],
            FeedbackGivenOn = item.FeedbackGivenOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Notes = item.Notes,
        };
        return View("Event", await EventPageAsync(workspace!, form, eventId));
    }

    [HttpPost("events/{eventId:int}")]
    public async Task<IActionResult> EditEvent(int cycleId, int eventId, [Bind(Prefix = "Form")] EventForm form)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        var item = workspace is null ? null : await db.EngagementEvents.Include(e => e.BoardMembersPresent)
            .SingleOrDefaultAsync(e => e.Id == eventId && e.AssessmentId == workspace.Assessment.Id);
        if (item is null) return NotFound();
        return await SaveEventAsync(workspace!, item, form, isNew: false);
    }

    [HttpPost("events/{eventId:int}/delete")]
    public async Task<IActionResult> DeleteEvent(int cycleId, int eventId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        var item = workspace is null ? null : await db.EngagementEvents.Include(e => e.BoardMembersPresent)
            .SingleOrDefaultAsync(e => e.Id == eventId && e.AssessmentId == workspace.Assessment.Id);
        if (item is null) return NotFound();
        db.EngagementEvents.Remove(item);
        audit.Record(AuditActions.EdsEngagementEventRemoved, "EngagementEvent", $"{cycleId}/{eventId}", $"{workspace!.Cycle.Name}: removed event '{item.Title}' of {Dates.Long(item.HeldOn)}");
        await db.SaveChangesAsync();
        Flash($"Event '{item.Title}' removed.");
        return RedirectToAction(nameof(Index), new { cycleId });
    }

    private async Task<IActionResult> SaveEventAsync(EdsWorkspace workspace, EngagementEvent item, EventForm form, bool isNew)
    {
        var members = (await CycleChoices.BoardMembersAsync(db)).Select(m => m.UserId).ToHashSet();
        // Someone present at an earlier save who has since left the board stays recorded.
        members.UnionWith(item.BoardMembersPresent.Select(a => a.UserId));
        form.Validate(ModelState, members);
        if (!ModelState.IsValid) return Invalid(await EventPageAsync(workspace, form, isNew ? null : item.Id), "Event");

        item.Describe(form.HeldOnDate!.Value, form.Kind!.Value, form.Title!, form.GroupsReached!, form.ProtectedCharacteristics, form.BoardMemberUserIds,
            form.FeedbackGivenOnDate, form.Notes, User.FindFirstValue(AppClaims.FullName) ?? "Equality lead", clock.GetUtcNow().UtcDateTime);
        if (isNew) db.EngagementEvents.Add(item);
        audit.Record(AuditActions.EdsEngagementEventRecorded, "EngagementEvent", $"{workspace.Cycle.Id}/{(isNew ? "new" : item.Id.ToString(CultureInfo.InvariantCulture))}",
            $"{workspace.Cycle.Name}: {(isNew ? "added" : "changed")} {EngagementText.Kind(item.Kind).ToLowerInvariant()} '{item.Title}' of {Dates.Long(item.HeldOn)}, {item.BoardMembersPresent.Count} board members present");
        await db.SaveChangesAsync();
        Flash($"Event '{item.Title}' saved.");
        return RedirectToAction(nameof(Index), new { cycleId = workspace.Cycle.Id });
    }

    private async Task<EventPage> EventPageAsync(EdsWorkspace workspace, EventForm form, int? eventId)
    {
        var members = await CycleChoices.BoardMembersAsync(db);
        return new EventPage(workspace, form, eventId, [.. members.Select(m => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(m.Name, m.UserId))]);
    }

    /// <summary>The check list of the cycle's IncLeaD framework version, or of the newest one if that version has none.</summary>
    private async Task<List<CommunityEngagementCheck>> ChecksAsync(EdsWorkspace workspace)
    {
        var checks = await db.CommunityEngagementChecks.AsNoTracking().Where(c => c.FrameworkId == workspace.Cycle.FrameworkId).OrderBy(c => c.Order).ToListAsync();
        if (checks.Count > 0) return checks;
        var newest = await db.Frameworks.Where(f => f.Kind == FrameworkKind.IncLead && f.CommunityEngagementChecks.Any()).OrderByDescending(f => f.Version).Select(f => (int?)f.Id).FirstOrDefaultAsync();
        return await db.CommunityEngagementChecks.AsNoTracking().Where(c => c.FrameworkId == newest).OrderBy(c => c.Order).ToListAsync();
    }
}

public sealed record EngagementPage(EdsWorkspace Workspace, IReadOnlyList<(CommunityEngagementCheck Check, EngagementCheckProgress? Progress)> Checks,
    IReadOnlyList<EngagementEvent> Events, IReadOnlyDictionary<string, string> Names);

public sealed record CheckPage(EdsWorkspace Workspace, CommunityEngagementCheck Check, CheckForm Form);

public sealed record EventPage(EdsWorkspace Workspace, EventForm Form, int? EventId, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> BoardMembers);
