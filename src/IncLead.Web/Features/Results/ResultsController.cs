using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IncLead.Web.Features.Results;

/// <summary>Results and the consensus view. Everything here is aggregated and anonymous; no page names a respondent.</summary>
[Authorize(Policy = Policies.OrganisationMember), Route("cycles/{id:int}")]
public sealed class ResultsController(AppDbContext db, ResultsReader reader) : ResultsAreaController
{
    [HttpGet("results")]
    public async Task<IActionResult> Overview(int id)
    {
        var (cycle, refusal) = await LoadVisibleCycleAsync(db, id);
        if (cycle is null) return refusal!;
        var (current, previous) = await reader.ReadWithPreviousAsync(cycle);
        return View(new ResultsPage(cycle, current.Results, previous?.Results));
    }

    [HttpGet("results/stages/{number:int}")]
    public async Task<IActionResult> Stage(int id, int number)
    {
        var (cycle, refusal) = await LoadVisibleCycleAsync(db, id);
        if (cycle is null) return refusal!;
        var results = (await reader.ReadAsync(cycle)).Results;
        var stage = results.Stages.FirstOrDefault(s => s.Number == number);
        return stage is null ? NotFound() : View(new StageResultsPage(cycle, results, stage));
    }

    [HttpGet("consensus")]
    public async Task<IActionResult> Consensus(int id)
    {
        var (cycle, refusal) = await LoadVisibleCycleAsync(db, id);
        if (cycle is null) return refusal!;
        var results = (await reader.ReadAsync(cycle)).Results;
        var discuss = Divergence.MostDivergent(results.AllStatements, s => s.Statistics, s => s.Code);
        return View(new ConsensusPage(cycle, results, discuss));
    }
}

public sealed record ResultsPage(Cycle Cycle, CycleResults Results, CycleResults? Previous);

public sealed record StageResultsPage(Cycle Cycle, CycleResults Results, StageResult Stage);

public sealed record ConsensusPage(Cycle Cycle, CycleResults Results, IReadOnlyList<StatementResult> Discuss);
