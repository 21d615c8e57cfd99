using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Results;

namespace IncLead.Web.Features.Trend;

/// <summary>Rows of means by cycle, oldest first, for stages, factors and statements; the last column is the cycle being viewed.</summary>
public sealed record TrendTable(Cycle Cycle, IReadOnlyList<string> Cycles, IReadOnlyList<TrendRow> Rows, CycleResults Current, CycleResults? Previous)
{
    public static TrendTable Build(Cycle cycle, IReadOnlyList<CycleResults> results)
    {
        var current = results[^1];
        var rows = new List<TrendRow>();
        foreach (var stage in current.Stages)
        {
            rows.Add(new TrendRow(TrendLevel.Stage, stage.Code, $"Stage {stage.Number}: {stage.Title}",
                results.Select(r => r.Stages.FirstOrDefault(s => s.Code == stage.Code)?.Figure.Mean).ToList()));
            foreach (var factor in stage.Factors)
            {
                rows.Add(new TrendRow(TrendLevel.Factor, factor.Code, factor.Title, results.Select(r => r.AllFactors.FirstOrDefault(f => f.Code == factor.Code)?.Figure.Mean).ToList()));
                rows.AddRange(factor.Statements.Select(s => new TrendRow(TrendLevel.Statement, s.Code, s.Text,
                    results.Select(r => r.AllStatements.FirstOrDefault(x => x.Code == s.Code)?.Statistics.Mean).ToList())));
            }
        }
        return new TrendTable(cycle, results.Select(r => r.CycleName).ToList(), rows, current, results.Count > 1 ? results[^2] : null);
    }
}

public enum TrendLevel
{
    Stage,
    Factor,
    Statement,
}

public sealed record TrendRow(TrendLevel Level, string Code, string Label, IReadOnlyList<double?> Means)
{
    /// <summary>The change from the previous cycle that has a figure, or null when either is missing.</summary>
    public double? Change => Means.Count > 1 && Means[^1] is { } now && Means[^2] is { } before ? now - before : null;
}
