using IncLead.Web.Data;
using IncLead.Web.Domain.Benchmarking;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Results;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Benchmark;

/// <summary>Where one of the organisation's figures sits among its peers; <see cref="Figure"/> is null when fewer than five contribute.</summary>
public sealed record BenchmarkRow(string Label, double? Own, BenchmarkFigure? Figure, PeerGroup PeerGroup)
{
    /// <summary>Quartiles counted from the top: at or above the upper quartile is the top quartile.</summary>
    public string? Quartile => (Own, Figure) switch
    {
        (null, _) or (_, null) => null,
        var (own, f) when own >= f.UpperQuartile => "top quartile",
        var (own, f) when own >= f.Median => "second quartile",
        var (own, f) when own >= f.LowerQuartile => "third quartile",
        _ => "bottom quartile",
    };

    public string Position => Figure is null ? BenchmarkView.NotEnough
        : Quartile is { } q ? $"{char.ToUpperInvariant(q[0])}{q[1..]} among {Figure.Contributors} {PeerGroup.Plural()}"
        : $"Your score is not shown, so it cannot be placed among {Figure.Contributors} {PeerGroup.Plural()}";
}

public sealed record BenchmarkView(bool OptedIn, PeerGroup? PeerGroup, IReadOnlyList<BenchmarkRow> Stages, IReadOnlyList<BenchmarkRow> Statements)
{
    public const string NotEnough = "Not enough organisations yet";

    public static BenchmarkView NotTakingPart { get; } = new(false, null, [], []);
}

/// <summary>
/// The benchmark beside one cycle's own figures: two queries (the organisation's choice, the figures for its peer group
/// and framework version), however many organisations contribute. Figures never carry an organisation's name.
/// </summary>
public sealed class BenchmarkPositionQuery(AppDbContext db, ResultsReader reader)
{
    public async Task<BenchmarkView> LoadAsync(Cycle cycle, CycleResults? results = null, CancellationToken ct = default)
    {
        // Give to get: only an organisation that shares sees the benchmark.
        var participation = await db.BenchmarkParticipations.Where(p => p.OptedIn).Select(p => new { p.PeerGroup }).FirstOrDefaultAsync(ct);
        if (participation is null) return BenchmarkView.NotTakingPart;
        results ??= (await reader.ReadAsync(cycle, ct)).Results;
        var group = participation.PeerGroup;
        var figures = await db.BenchmarkFigures.Where(f => f.FrameworkId == cycle.FrameworkId && f.PeerGroup == group).ToDictionaryAsync(f => f.Key, ct);
        return new BenchmarkView(true, group,
            [.. results.Stages.Select(s => new BenchmarkRow($"Stage {s.Number}: {s.Title}", s.Figure.Mean, figures.GetValueOrDefault(BenchmarkFigure.StageKey(s.Code)), group))],
            [.. results.AllStatements.Select(s => new BenchmarkRow($"{s.Code}: {s.Text}", s.Statistics.Mean, figures.GetValueOrDefault(BenchmarkFigure.StatementKey(s.Code)), group))]);
    }
}
