using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Results;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Insight;

public enum TargetStatus
{
    Met = 0,
    NotMet = 1,
    MovedAway = 2,
    NotKnown = 3,

    /// <summary>The statement was split or retired in the framework version this cycle uses: nothing like for like to judge.</summary>
    NotComparable = 4,
}

/// <summary>One target the board set last cycle, judged against this cycle's figure and last cycle's.</summary>
public sealed record TargetOutcome(string StageCode, string? StatementCode, string Label, double Target, double? Before, double? Now, TargetStatus Status)
{
    public string StatusText => Status switch
    {
        TargetStatus.Met => "Met",
        TargetStatus.NotMet => "Not met",
        TargetStatus.MovedAway => "Not met, moved away",
        TargetStatus.NotComparable => "Not judged: the statement was split or retired in the new framework version",
        _ => "Not known: the score is not shown",
    };

    /// <summary>
    /// Met when the figure reached the target; moved away when it fell further below the target than it was;
    /// otherwise not met. A withheld figure cannot be judged.
    /// </summary>
    public static TargetStatus Judge(double target, double? before, double? now) => now switch
    {
        null => TargetStatus.NotKnown,
        var n when n >= target - 1e-9 => TargetStatus.Met,
        var n when before is { } b && n < b - 1e-9 => TargetStatus.MovedAway,
        _ => TargetStatus.NotMet,
    };
}

/// <summary>Reads the targets set for a cycle (at its previous cycle's sign-off) and judges them.</summary>
public sealed class TargetQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<BoardTarget>> SetAtAsync(int cycleId, CancellationToken ct = default) =>
        await db.BoardTargets.Where(t => t.CycleId == cycleId).OrderBy(t => t.StageCode).ThenBy(t => t.StatementCode).ToListAsync(ct);

    /// <summary>The targets set at each of several cycles' sign-offs, in one query, for pages that show many cycles.</summary>
    public async Task<ILookup<int, BoardTarget>> SetAtAsync(IReadOnlyCollection<int> cycleIds, CancellationToken ct = default) =>
        (await db.BoardTargets.Where(t => cycleIds.Contains(t.CycleId)).OrderBy(t => t.StageCode).ThenBy(t => t.StatementCode).ToListAsync(ct)).ToLookup(t => t.CycleId);

    /// <summary>
    /// Judges targets set at the previous cycle's sign-off against this cycle. <paramref name="later"/> follows a
    /// statement of the previous cycle into this cycle's framework version (<see cref="ResultsReader.Later"/>): a target
    /// on a statement asked again under another code is judged on that code; one on a split or retired statement is
    /// not judged. Without it, statements match by code (same version).
    /// </summary>
    public static IReadOnlyList<TargetOutcome> Judge(IReadOnlyList<BoardTarget> targets, CycleResults now, CycleResults? before, Func<string, Web.Frameworks.StatementLink>? later = null) =>
        [.. targets.Select(t =>
        {
            var stage = now.Stages.FirstOrDefault(s => s.Code == t.StageCode);
            if (t.StatementCode is null)
            {
                var was = before?.Stages.FirstOrDefault(s => s.Code == t.StageCode)?.Figure.Mean;
                var label = stage is null ? t.StageCode : $"Stage {stage.Number}: {stage.Title}";
                return new TargetOutcome(t.StageCode, null, label, t.Level, was, stage?.Figure.Mean, TargetOutcome.Judge(t.Level, was, stage?.Figure.Mean));
            }
            var statementBefore = before?.AllStatements.FirstOrDefault(s => s.Code == t.StatementCode)?.Statistics.Mean;
            var link = later?.Invoke(t.StatementCode) ?? new Web.Frameworks.StatementLink([t.StatementCode], Web.Frameworks.LineageKind.Same);
            if (link.Kind != Web.Frameworks.LineageKind.Same || link.Code is null)
                return new TargetOutcome(t.StageCode, t.StatementCode, before?.AllStatements.FirstOrDefault(s => s.Code == t.StatementCode) is { } was ? $"{was.Code}: {was.Text}" : t.StatementCode,
                    t.Level, statementBefore, null, TargetStatus.NotComparable);
            var statement = now.AllStatements.FirstOrDefault(s => s.Code == link.Code);
            return new TargetOutcome(t.StageCode, t.StatementCode, statement is null ? t.StatementCode : $"{statement.Code}: {statement.Text}", t.Level,
                statementBefore, statement?.Statistics.Mean, TargetOutcome.Judge(t.Level, statementBefore, statement?.Statistics.Mean));
        })];
}

public static class TargetOutcomes
{
    /// <summary>The target set for a whole stage (not for one of its statements), if any.</summary>
    public static TargetOutcome? ForStage(this IEnumerable<TargetOutcome>? targets, string stageCode) =>
        targets?.FirstOrDefault(t => t.StatementCode is null && t.StageCode == stageCode);
}
