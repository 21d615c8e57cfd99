using System.Globalization;
using IncLead.Web.Features.Results;
using IncLead.Web.Features.Results.Charts;

namespace IncLead.Web.Features.Dashboard;

/// <summary>Stage and overall means for every cycle, oldest first, matched by stage code across framework versions.</summary>
public sealed record OrganisationTrend(IReadOnlyList<string> Cycles, IReadOnlyList<TrendLine> Lines, CycleResults? Latest, CycleResults? Previous)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static OrganisationTrend Build(IReadOnlyList<CycleResults> results)
    {
        if (results.Count == 0) return new([], [], null, null);
        var stages = results.SelectMany(r => r.Stages).GroupBy(s => s.Code).Select(g => g.Last()).OrderBy(s => s.Number).ToList();
        var lines = stages.Select(s => new TrendLine($"Stage {s.Number}: {s.Title}", $"Stage {s.Number}",
                results.Select(r => r.Stages.FirstOrDefault(x => x.Code == s.Code)?.Figure.Mean).ToList()))
            .Append(new TrendLine("All stages", "Overall", results.Select(r => r.Overall.Mean).ToList())).ToList();
        return new(results.Select(r => r.CycleName).ToList(), lines, results[^1], results.Count > 1 ? results[^2] : null);
    }

    /// <summary>One bar per cycle for a line of the table: the shared chart model, drawn by the shared SVG renderer.</summary>
    public BarChart Chart(TrendLine line) => new(
        $"{line.Label} by cycle",
        $"Mean score out of 3 for {line.Label.ToLowerInvariant()} in each cycle: " +
            string.Join("; ", Cycles.Select((c, i) => $"{c} {ResultsCharts.Score(line.Means[i])}")) + ".",
        [.. Cycles.Select((c, i) => new Bar(c, line.Means[i] ?? 0, line.Means[i] is null ? ChartColours.Grey : ChartColours.Blue,
            line.Means[i] is { } m ? m.ToString("0.0", EnGb) : "not shown"))]);
}

public sealed record TrendLine(string Label, string Short, IReadOnlyList<double?> Means);
