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
        var visible = (await reader.CyclesWithResultsAsync()).Where(c => ResultsAccess.CanSee(UserClaimsPrincipal, c)).ToList();
        var cycle = visible.LastOrDefault();
        if (cycle is null) return Content("");
        var (current, previous) = await reader.ReadWithPreviousAsync(cycle);
        var outcomes = previous is null ? [] : TargetQuery.Judge(await targets.SetAtAsync(previous.Cycle.Id), current.Results, previous.Results,
            code => reader.Later(previous, code, current));
        // Other trusts share only signed-off results, so the comparison is of the board's last signed-off cycle, which may
        // be on an earlier framework version than the cycle now open (figures are never pooled across versions).
        var signedOff = visible.LastOrDefault(c => c.State == CycleState.SignedOff);
        var view = signedOff is null ? BenchmarkView.NotTakingPart
            : await benchmark.LoadAsync(signedOff, signedOff.Id == cycle.Id ? current.Results : previous?.Cycle.Id == signedOff.Id ? previous.Results : null);
        return View("~/Features/Benchmark/_InsightSummary.cshtml", new InsightSummary(cycle, outcomes, signedOff, view));
    }
}

public sealed record InsightSummary(Cycle Cycle, IReadOnlyList<TargetOutcome> Targets, Cycle? BenchmarkCycle, BenchmarkView Benchmark);
