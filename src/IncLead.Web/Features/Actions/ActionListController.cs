using IncLead.Web.Data;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Features.Stories;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Actions;

/// <summary>The action plan: filtered and sorted, on screen and as CSV, and whole as a PDF. Anyone in the organisation may read it.</summary>
[Authorize(Policy = Policies.OrganisationMember), Route("actions")]
public sealed class ActionListController(AppDbContext db, ActionPlanQuery plan, ReportDownloads downloads, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ActionFilter filter)
    {
        ModelState.Clear(); // a stale or mistyped filter value is ignored, not refused
        var rows = await plan.ListAsync(filter, StoryReaders.From(User));
        var members = OrganisationMembers.Choices(await OrganisationMembers.ActiveAsync(db));
        var outcomes = await (from o in db.EdsOutcomes join d in db.EdsDomains on o.DomainId equals d.Id join f in db.Frameworks on d.FrameworkId equals f.Id
                              where f.Kind == FrameworkKind.Eds2022 orderby d.Number, o.Order select o.Code).Distinct().ToListAsync();
        return View("Index", new ActionListPage(filter, rows, members, outcomes, ActionPermissions.CanRaiseAndEdit(User), clock.GetUtcNow().UtcDateTime));
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> Export([FromQuery] ActionFilter filter, CancellationToken ct)
    {
        ModelState.Clear();
        var rows = await plan.ListAsync(filter, StoryReaders.From(User), ct);
        var name = ReportFiles.Dated(await downloads.OrganisationNameAsync(ct), "action-plan", clock.GetUtcNow().UtcDateTime, "csv");
        return await downloads.SendAsync(ReportFile.Csv(ActionPlanCsv.Sheet(rows), name), "ActionPlan", "", $"the action plan as CSV, {rows.Count} actions", ct);
    }

    /// <summary>The whole plan as a board-ready PDF; the list's filters are for finding actions, not for what the board is shown.</summary>
    [HttpGet("action-plan.pdf")]
    public async Task<IActionResult> Pdf(CancellationToken ct)
    {
        var rows = await plan.ListAsync(new ActionFilter(), StoryReaders.From(User), ct);
        var organisation = await downloads.OrganisationNameAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var file = ReportFile.Pdf(ActionPlanComposer.Compose(organisation, rows, now), ReportFiles.Dated(organisation, "action-plan", now, "pdf"));
        return await downloads.SendAsync(file, "ActionPlan", "", $"the action plan as PDF, {rows.Count} actions", ct);
    }
}

public sealed record ActionListPage(ActionFilter Filter, IReadOnlyList<ActionRow> Rows, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Members,
    IReadOnlyList<string> Outcomes, bool CanRaise, DateTime Now);
