using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Infrastructure;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Results;

/// <summary>Results and the consensus view. Everything here is aggregated and anonymous; no page names a respondent.</summary>
[Authorize(Policy = Policies.OrganisationMember), Route("cycles/{id:int}")]
public sealed class ResultsController(AppDbContext db, ResultsReader reader) : AppController
{
    [HttpGet("results")]
    public async Task<IActionResult> Overview(int id)
    {
        var (cycle, refusal) = await LoadCycleAsync(id);
        if (cycle is null) return refusal!;
        var (current, previous) = await reader.ReadWithPreviousAsync(cycle);
        return View(new ResultsPage(cycle, current.Results, previous?.Results));
    }

    [HttpGet("results/stages/{number:int}")]
    public async Task<IActionResult> Stage(int id, int number)
    {
        var (cycle, refusal) = await LoadCycleAsync(id);
        if (cycle is null) return refusal!;
        var results = (await reader.ReadAsync(cycle)).Results;
        var stage = results.Stages.FirstOrDefault(s => s.Number == number);
        return stage is null ? NotFound() : View(new StageResultsPage(cycle, results, stage));
    }

    [HttpGet("consensus")]
    public async Task<IActionResult> Consensus(int id)
    {
        var (cycle, refusal) = await LoadCycleAsync(id);
        if (cycle is null) return refusal!;
        var results = (await reader.ReadAsync(cycle)).Results;
        var discuss = Divergence.MostDivergent(results.AllStatements, s => s.Statistics, s => s.Code);
        return View(new ConsensusPage(cycle, results, discuss));
    }

    private async Task<(Cycle?, IActionResult?)> LoadCycleAsync(int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return (null, NotFound());
        if (!ResultsAccess.CanSee(User, cycle))
            return (null, Refused(StatusCodes.Status403Forbidden, "These results are not available to you yet",
                "Board members see a cycle's results once the equality lead releases them."));
        return (cycle, null);
    }
}

public sealed record ResultsPage(Cycle Cycle, CycleResults Results, CycleResults? Previous);

public sealed record StageResultsPage(Cycle Cycle, CycleResults Results, StageResult Stage);

public sealed record ConsensusPage(Cycle Cycle, CycleResults Results, IReadOnlyList<StatementResult> Discuss);
