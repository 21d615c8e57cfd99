using IncLead.Documents.Charts;
using IncLead.Web.Features.Insight;
using IncLead.Web.Features.Results;

namespace IncLead.Web.Features.Dashboard;

/// <summary>
/// Stage and overall means for every cycle, oldest first, matched by stage code across framework versions, with the
/// stage target each cycle was set at the sign-off before it (judged) where the board set one.
/// </summary>
public sealed record OrganisationTrend(IReadOnlyList<string> Cycles, IReadOnlyList<TrendLine> Lines, CycleResults? Latest, CycleResults? Previous)
{
    /// <summary>The latest cycle's judged targets, marked on the radar.</summary>
    public IReadOnlyList<TargetOutcome> LatestTargets { get; init; } = [];

    /// <param name="results">Each cycle's results, oldest first.</param>
    /// <param name="targets">For each cycle, the targets set for it and judged (empty for none); none at all when omitted.</param>
    public static OrganisationTrend Build(IReadOnlyList<CycleResults> results, IReadOnlyList<IReadOnlyList<TargetOutcome>>? targets = null)
    {
        if (results.Count == 0) return new([], [], null, null);
        TargetOutcome? Target(int cycle, string stageCode) =>
            targets is not null && cycle < targets.Count ? targets[cycle].ForStage(stageCode) : null;
        var stages = results.SelectMany(r => r.Stages).GroupBy(s => s.Code).Select(g => g.Last()).OrderBy(s => s.Number).ToList();
        var lines = stages.Select(s => new TrendLine($"Stage {s.Number}: {s.Title}", $"Stage {s.Number}",
                results.Select(r => r.Stages.FirstOrDefault(x => x.Code == s.Code)?.Figure.Mean).ToList())
            {
                Targets = [.. results.Select((_, i) => Target(i, s.Code))],
            })
            .Append(new TrendLine("All stages", "Overall", results.Select(r => r.Overall.Mean).ToList())).ToList();
        return new(results.Select(r => r.CycleName).ToList(), lines, results[^1], results.Count > 1 ? results[^2] : null)
        {
            LatestTargets = targets is { Count: > 0 } ? targets[^1] : [],
        };
    }

    /// <summary>One bar per cycle for a line of the table, with the cycle's target marked, on the shared chart model so the board pack can draw the same.</summary>
    public BarChart Chart(TrendLine line) =>
        new($"{line.Label}: mean score out of 3 by cycle", Cycles, [new ChartSeries("Mean", [.. line.Means.Select(m => m ?? 0)])])
        {
            Maximum = 3,
            Targets = [.. line.Targets.Select(t => t?.Target)],
        };
}

public sealed record TrendLine(string Label, string Short, IReadOnlyList<double?> Means)
{
    /// <summary>Per cycle, the target set for it at the sign-off before it, judged; null where none was set.</summary>
    public IReadOnlyList<TargetOutcome?> Targets { get; init; } = [];

    public TargetOutcome? TargetAt(int cycle) => cycle < Targets.Count ? Targets[cycle] : null;
}
