using System.Globalization;
using System.Text;
using IncLead.Web.Data;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Features.Stories;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Actions;

/// <summary>The action plan: filtered and sorted, on screen and as CSV. Anyone in the organisation may read it.</summary>
[Authorize(Policy = Policies.OrganisationMember), Route("actions")]
public sealed class ActionListController(AppDbContext db, ActionPlanQuery plan, TimeProvider clock) : AppController
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
    public async Task<IActionResult> Export([FromQuery] ActionFilter filter)
    {
        ModelState.Clear();
        var rows = await plan.ListAsync(filter, StoryReaders.From(User));
        var csv = new StringBuilder("Id,Title,Status,RAG,Why,Due,Owner,Executive lead,Priority,Raised from,Last updated\r\n");
        foreach (var r in rows)
        {
            csv.AppendJoin(',', [r.Id.ToString(CultureInfo.InvariantCulture), Cell(r.Title), r.Status.Label(), r.Rag.Label(), Cell(r.RagReason),
                r.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Cell(r.OwnerName), Cell(r.ExecutiveLeadName ?? ""), r.Priority.Label(),
                Cell(r.SourceLabel), r.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)]).Append("\r\n");
        }
        var name = $"action-plan-{clock.GetUtcNow():yyyy-MM-dd}.csv";
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", name);
    }

    // Quoted, and a leading =, +, - or @ is neutralised so a spreadsheet never runs a cell as a formula.
    private static string Cell(string text)
    {
        var safe = text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}

public sealed record ActionListPage(ActionFilter Filter, IReadOnlyList<ActionRow> Rows, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Members,
    IReadOnlyList<string> Outcomes, bool CanRaise, DateTime Now);
