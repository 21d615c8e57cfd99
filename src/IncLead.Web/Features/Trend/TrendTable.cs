using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Insight;
using IncLead.Web.Features.Results;
using IncLead.Web.Frameworks;

namespace IncLead.Web.Features.Trend;

/// <summary>
/// Rows of means by cycle, oldest first, for stages, factors and statements; the last column is the cycle being viewed.
/// Statements are followed through the framework mapping: a statement split from an earlier one shows its parent's
/// history (marked as such), a new one shows none, and earlier statements no longer asked are listed as retired.
/// </summary>
public sealed record TrendTable(Cycle Cycle, IReadOnlyList<string> Cycles, IReadOnlyList<TrendRow> Rows, IReadOnlyList<TrendRow> Retired, CycleResults Current, CycleResults? Previous)
{
    /// <summary>The targets set for the viewed cycle at the previous sign-off, judged; empty when none were set.</summary>
    public IReadOnlyList<TargetOutcome> Targets { get; init; } = [];

    /// <summary>The target set for a stage (statement code null) or statement of the viewed cycle, if any.</summary>
    public TargetOutcome? TargetFor(TrendRow row) => row.Level switch
    {
        TrendLevel.Stage => Targets.ForStage(row.Code),
        TrendLevel.Statement => Targets.FirstOrDefault(t => t.StatementCode == row.Code),
        _ => null,
    };

    /// <summary>The stage and factor rows: the short table at the top of the page.</summary>
    public IReadOnlyList<TrendRow> Summary => [.. Rows.Where(r => r.Level != TrendLevel.Statement)];

    /// <summary>Each stage's row with its statements' rows, for a section of its own that opens on request.</summary>
    public IEnumerable<(TrendRow Stage, IReadOnlyList<TrendRow> Statements)> StatementsByStage()
    {
        TrendRow? stage = null;
        var statements = new List<TrendRow>();
        foreach (var row in Rows)
        {
            if (row.Level == TrendLevel.Stage)
            {
                if (stage is not null) yield return (stage, statements);
                (stage, statements) = (row, []);
            }
            else if (row.Level == TrendLevel.Statement) statements.Add(row);
        }
        if (stage is not null) yield return (stage, statements);
    }

    public static TrendTable Build(Cycle cycle, IReadOnlyList<CycleReading> readings, ResultsReader reader)
    {
        var current = readings[^1];
        var results = readings.Select(r => r.Results).ToList();
        var version = reader.VersionOf(current);
        var rows = new List<TrendRow>();
        foreach (var stage in current.Results.Stages)
        {
            rows.Add(new TrendRow(TrendLevel.Stage, stage.Code, $"Stage {stage.Number}: {stage.Title}",
                results.Select(r => r.Stages.FirstOrDefault(s => s.Code == stage.Code)?.Figure.Mean).ToList()));
            foreach (var factor in stage.Factors)
            {
                rows.Add(new TrendRow(TrendLevel.Factor, factor.Code, factor.Title, results.Select(r => r.AllFactors.FirstOrDefault(f => f.Code == factor.Code)?.Figure.Mean).ToList()));
                rows.AddRange(factor.Statements.Select(s => StatementRow(s, current, readings, reader, version)));
            }
        }

        // Earlier statements that the viewed cycle's version no longer asks, each with its own history.
        var retired = readings.Take(readings.Count - 1).SelectMany(r => reader.Retired(r, current).Select(code => (Code: code, Text: r.Results.AllStatements.FirstOrDefault(s => s.Code == code)?.Text)))
            .Where(x => x.Text is not null).DistinctBy(x => x.Code)
            .Select(x => new TrendRow(TrendLevel.Statement, x.Code, x.Text!,
                readings.Select(r => r.Cycle.FrameworkId == current.Cycle.FrameworkId ? null : r.Results.AllStatements.FirstOrDefault(s => s.Code == x.Code)?.Statistics.Mean).ToList(),
                $"Retired: not asked in version {version}", LineageKind.Retired))
            .ToList();
        return new TrendTable(cycle, results.Select(r => r.CycleName).ToList(), rows, retired, current.Results, results.Count > 1 ? results[^2] : null);
    }

    private static TrendRow StatementRow(StatementResult statement, CycleReading current, IReadOnlyList<CycleReading> readings, ResultsReader reader, string? version)
    {
        var means = new List<double?>();
        var notes = new List<string>();
        var kind = LineageKind.Same;
        foreach (var reading in readings)
        {
            var link = reader.Earlier(current, statement.Code, reading);
            means.Add(link.Code is { } code ? reading.Results.AllStatements.FirstOrDefault(s => s.Code == code)?.Statistics.Mean : null);
            if (link.Kind == LineageKind.Split) { kind = LineageKind.Split; notes.Add($"{reading.Results.CycleName} shows {link.Code}, the statement this was split from"); }
            else if (link.Kind == LineageKind.New && kind != LineageKind.Split) kind = LineageKind.New;
            else if (link.Kind == LineageKind.Same && link.Code != statement.Code) notes.Add($"{reading.Results.CycleName} shows {link.Code}");
        }
        var note = kind == LineageKind.New && notes.Count == 0 ? $"New in version {version}: no earlier results" : string.Join("; ", notes.Distinct());
        return new TrendRow(TrendLevel.Statement, statement.Code, statement.Text, means, note, kind);
    }
}

public enum TrendLevel
{
    Stage,
    Factor,
    Statement,
}

public sealed record TrendRow(TrendLevel Level, string Code, string Label, IReadOnlyList<double?> Means, string Note = "", LineageKind Lineage = LineageKind.Same)
{
    /// <summary>The change from the previous cycle that has a figure, or null when either is missing or the statement was split (unlike things).</summary>
    public double? Change => Lineage == LineageKind.Split ? null : Means.Count > 1 && Means[^1] is { } now && Means[^2] is { } before ? now - before : null;
}
