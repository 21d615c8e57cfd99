using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Insight;
using IncLead.Web.Features.Results;
using Microsoft.AspNetCore.Mvc;

namespace IncLead.Web.Features.Benchmark;

/// <summary>
/// The dashboard's insight card: last cycle's targets judged against the latest cycle the user may see, and where its
/// stages sit in the benchmark. A view component, so the dashboard needs one line to show it.
/// </summary>
public sealed class InsightSummaryViewComponent(ResultsReader reader, TargetQuery targets, BenchmarkPositionQuery benchmark) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var cycle = (await reader.CyclesWithResultsAsync()).LastOrDefault(c => ResultsAccess.CanSee(UserClaimsPrincipal, c));
        if (cycle is null) return Content("");
        var (current, previous) = await reader.ReadWithPreviousAsync(cycle);
        var outcomes = previous is null ? [] : TargetQuery.Judge(await targets.SetAtAsync(previous.Cycle.Id), current.Results, previous.Results);
        var view = await benchmark.LoadAsync(cycle, current.Results);
        return View("~/Features/Benchmark/_InsightSummary.cshtml", new InsightSummary(cycle, outcomes, view));
    }
}

public sealed record InsightSummary(Cycle Cycle, IReadOnlyList<TargetOutcome> Targets, BenchmarkView Benchmark);
