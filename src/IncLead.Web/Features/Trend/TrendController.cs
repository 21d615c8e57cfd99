using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Results;
using IncLead.Web.Features.SignOffs;
using IncLead.Web.Infrastructure;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Trend;

/// <summary>
/// A cycle next to the organisation's earlier cycles, statement by statement, matched by code so that items keep
/// their history across framework versions. Signed-off cycles come from their snapshots, read in one query.
/// </summary>
[Authorize(Policy = Policies.OrganisationMember), Route("cycles/{id:int}/trend")]
public sealed class TrendController(AppDbContext db, ResultsCalculator calculator) : AppController
{
    public const int MaxCycles = 6;

    [HttpGet("")]
    public async Task<IActionResult> Index(int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return NotFound();
        if (!ResultsAccess.CanSee(User, cycle))
            return Refused(StatusCodes.Status403Forbidden, "These results are not available to you yet", "Board members see a cycle's results once the equality lead releases them.");

        var cycles = await db.Cycles.Where(c => c.State != CycleState.Draft && c.CreatedAt <= cycle.CreatedAt)
            .OrderByDescending(c => c.CreatedAt).Take(MaxCycles).ToListAsync();
        cycles.Reverse();
        var ids = cycles.Select(c => c.Id).ToList();
        var snapshots = (await db.SignOffs.Where(s => ids.Contains(s.CycleId)).Select(s => new { s.CycleId, s.Version, s.Snapshot }).ToListAsync())
            .GroupBy(s => s.CycleId).ToDictionary(g => g.Key, g => SignOffSnapshot.FromJson(g.MaxBy(s => s.Version)!.Snapshot).Results);

        var results = new List<CycleResults>();
        foreach (var c in cycles)
        {
            // Usually only the current cycle has no snapshot, so this stays at a few queries however long the history.
            results.Add(c.State == CycleState.SignedOff && snapshots.TryGetValue(c.Id, out var frozen) ? frozen : (await calculator.CalculateAsync(c.Id))!);
        }
        return View(TrendTable.Build(cycle, results));
    }
}
