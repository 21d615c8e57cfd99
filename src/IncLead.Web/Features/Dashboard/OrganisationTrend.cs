using IncLead.Documents.Charts;
using IncLead.Web.Features.Results;

namespace IncLead.Web.Features.Dashboard;

/// <summary>Stage and overall means for every cycle, oldest first, matched by stage code across framework versions.</summary>
public sealed record OrganisationTrend(IReadOnlyList<string> Cycles, IReadOnlyList<TrendLine> Lines, CycleResults? Latest, CycleResults? Previous)
{
    public static OrganisationTrend Build(IReadOnlyList<CycleResults> results)
    {
        if (results.Count == 0) return new([], [], null, null);
        var stages = results.SelectMany(r => r.Stages).GroupBy(s => s.Code).Select(g => g.Last()).OrderBy(s => s.Number).ToList();
        var lines = stages.Select(s => new TrendLine($"Stage {s.Number}: {s.Title}", $"Stage {s.Number}",
                results.Select(r => r.Stages.FirstOrDefault(x => x.Code == s.Code)?.Figure.Mean).ToList()))
            .Append(new TrendLine("All stages", "Overall", results.Select(r => r.Overall.Mean).ToList())).ToList();
        return new(results.Select(r => r.CycleName).ToList(), lines, results[^1], results.Count > 1 ? results[^2] : null);
    }

    /// <summary>One bar per cycle for a line of the table, on the shared chart model so the board pack can draw the same.</summary>
    public BarChart Chart(TrendLine line) =>
        new($"{line.Label}: mean score out of 3 by cycle", Cycles, [new ChartSeries("Mean", [.. line.Means.Select(m => m ?? 0)])]) { Maximum = 3 };
}

public sealed record TrendLine(string Label, string Short, IReadOnlyList<double?> Means);
