using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Insight;
using IncLead.Web.Features.Results;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Trend;

/// <summary>
/// A cycle next to the organisation's earlier cycles, statement by statement, matched by code so that items keep
/// their history across framework versions. Read together through <see cref="ResultsReader"/>.
/// </summary>
[Authorize(Policy = Policies.OrganisationMember), Route("cycles/{id:int}/trend")]
public sealed class TrendController(AppDbContext db, ResultsReader reader, TargetQuery targets) : ResultsAreaController
{
    public const int MaxCycles = 6;

    [HttpGet("")]
    public async Task<IActionResult> Index(int id)
    {
        var (cycle, refusal) = await LoadVisibleCycleAsync(db, id);
        if (cycle is null) return refusal!;

        var cycles = await db.Cycles.Where(c => c.State != CycleState.Draft && c.CreatedAt <= cycle.CreatedAt)
            .OrderByDescending(c => c.CreatedAt).Take(MaxCycles).ToListAsync();
        cycles.Reverse();
        var results = await reader.ReadAsync(cycles);
        var table = TrendTable.Build(cycle, results, reader);
        // The targets set at the sign-off before the viewed cycle, judged against it: marked on the chart and in the table.
        var before = results.Count > 1 ? results[^2] : null;
        var outcomes = before is null ? [] : TargetQuery.Judge(await targets.SetAtAsync(before.Cycle.Id), table.Current, table.Previous);
        return View(table with { Targets = outcomes });
    }
}
