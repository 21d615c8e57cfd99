using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Cycles;
using IncLead.Web.Features.SignOffs;
using IncLead.Web.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Results;

/// <summary>
/// A cycle's results as read: from its latest sign-off snapshot when there is one (<see cref="SignedOff"/>, deserialised
/// once and kept whole so the board pack can use its agreed positions too), otherwise calculated from the answers.
/// </summary>
public sealed record CycleReading(Cycle Cycle, CycleResults Results, SignOffSnapshot? SignedOff)
{
    /// <summary>True when the figures are what the board signed, not what the answers say today.</summary>
    public bool Frozen => SignedOff is not null;
}

/// <summary>
/// The one place that knows where results come from. A signed-off cycle shows its latest frozen snapshot, so what the
/// board signed is what everyone sees afterwards; any other cycle (or a signed-off one somehow without a snapshot) is
/// calculated from its answers as they stand. Results, trend, the dashboard, "did it work?" and the board pack all read
/// through here.
///
/// One cycle or many cost the same: always one query for the snapshots and, only when some cycle must be calculated,
/// four more for all of them together (cycle facts, framework outline, stage owners, answers) — never a query per cycle
/// or per respondent. So the count depends only on whether any cycle asked for is still open, at most
/// <see cref="MaxQueries"/> (one more, rarely, for a snapshot <see cref="SnapshotCache"/> dropped between the query and
/// its use). Sign-off itself calculates afresh with <see cref="ResultsCalculator"/>, because it is making the snapshot.
/// </summary>
public sealed class ResultsReader(AppDbContext db, TimeProvider clock, StatementLineage lineage, SnapshotCache snapshots)
{
    /// <summary>The most queries a read sends, however many cycles and respondents (a test holds the reader to it).</summary>
    public const int MaxQueries = 5;

    public async Task<CycleReading> ReadAsync(Cycle cycle, CancellationToken ct = default) => (await ReadAsync([cycle], ct))[0];

    /// <summary>A cycle and the one it is compared with (see <see cref="PreviousAsync"/>), read together.</summary>
    public async Task<(CycleReading Current, CycleReading? Previous)> ReadWithPreviousAsync(Cycle cycle, CancellationToken ct = default)
    {
        var previous = await PreviousAsync(cycle, ct);
        var readings = await ReadAsync(previous is null ? [cycle] : [cycle, previous], ct);
        return (readings[0], previous is null ? null : readings[1]);
    }

    /// <summary>Results for each cycle, in the order given.</summary>
    public async Task<IReadOnlyList<CycleReading>> ReadAsync(IReadOnlyList<Cycle> cycles, CancellationToken ct = default)
    {
        // No early return for an empty list: the snapshot query always runs, so a page that shows nobody any results
        // sends the same commands as one showing signed-off cycles only (the dashboard's count test relies on it).
        var frozen = await SnapshotsAsync(cycles, ct);
        var live = cycles.Where(c => !frozen.ContainsKey(c.Id)).DistinctBy(c => c.Id).ToList();
        var calculated = live.Count == 0 ? new Dictionary<int, CycleResults>() : await CalculateAsync(live, ct);
        return [.. cycles.Select(c => frozen.TryGetValue(c.Id, out var snapshot)
            ? new CycleReading(c, snapshot.Results, snapshot)
            : new CycleReading(c, calculated[c.Id], null))];
    }

    /// <summary>The cycle this one is compared with: the one it was started from, otherwise the latest earlier cycle.</summary>
    public async Task<Cycle?> PreviousAsync(Cycle cycle, CancellationToken ct = default) =>
        cycle.PreviousCycleId is { } id
            ? await db.Cycles.SingleOrDefaultAsync(c => c.Id == id, ct)
            : await db.Cycles.Where(c => c.CreatedAt < cycle.CreatedAt && c.State != CycleState.Draft).OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(ct);

    /// <summary>
    /// The statement(s) of an earlier reading that a statement of this reading corresponds to, through the framework
    /// mapping files: the same statement, the parent it was split from (shown as split, never as like for like), or
    /// nothing when it is new. Readings on the same version match by code.
    /// </summary>
    public StatementLink Earlier(CycleReading reading, string statementCode, CycleReading earlier) =>
        lineage.Earlier(reading.Cycle.FrameworkId, statementCode, earlier.Cycle.FrameworkId);

    /// <summary>What a statement of an earlier reading became in a later one: the same, its parts, or retired.</summary>
    public StatementLink Later(CycleReading reading, string statementCode, CycleReading later) =>
        lineage.Later(reading.Cycle.FrameworkId, statementCode, later.Cycle.FrameworkId);

    /// <summary>Statements of an earlier reading that a later reading's version no longer asks.</summary>
    public IReadOnlyList<string> Retired(CycleReading earlier, CycleReading later) => lineage.Retired(earlier.Cycle.FrameworkId, later.Cycle.FrameworkId);

    /// <summary>The framework version a reading was answered on.</summary>
    public string? VersionOf(CycleReading reading) => lineage.VersionOf(reading.Cycle.FrameworkId);

    /// <summary>Cycles that have results (everything but drafts), oldest first.</summary>
    public async Task<List<Cycle>> CyclesWithResultsAsync(CancellationToken ct = default) =>
        await db.Cycles.Where(c => c.State != CycleState.Draft).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(ct);

    // The latest version of each signed-off cycle's snapshot, in one query. A snapshot already held in memory is not
    // sent again; one emptied from the cache since the query began is read on its own (rare, and only then a query more).
    private async Task<Dictionary<int, SignOffSnapshot>> SnapshotsAsync(IReadOnlyList<Cycle> cycles, CancellationToken ct)
    {
        var ids = cycles.Where(c => c.State == CycleState.SignedOff).Select(c => c.Id).Distinct().ToList();
        var held = snapshots.HeldIds;
        var rows = await db.SignOffs
            .Where(s => ids.Contains(s.CycleId) && s.Version == db.SignOffs.Where(x => x.CycleId == s.CycleId).Max(x => x.Version))
            .Select(s => new { s.Id, s.CycleId, Snapshot = held.Contains(s.Id) ? null : s.Snapshot }).ToListAsync(ct);
        var read = new Dictionary<int, SignOffSnapshot>();
        foreach (var row in rows)
        {
            read[row.CycleId] = row.Snapshot is { } json ? snapshots.Add(row.Id, json)
                : snapshots.TryGet(row.Id, out var snapshot) ? snapshot
                : snapshots.Add(row.Id, await db.SignOffs.Where(s => s.Id == row.Id).Select(s => s.Snapshot).SingleAsync(ct));
        }
        return read;
    }

    // All the cycles to calculate in four queries, then the same arithmetic as ResultsCalculator for each.
    private async Task<Dictionary<int, CycleResults>> CalculateAsync(IReadOnlyList<Cycle> cycles, CancellationToken ct)
    {
        var ids = cycles.Select(c => c.Id).ToList();
        var facts = await db.Cycles.Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                Framework = db.Frameworks.Where(f => f.Id == c.FrameworkId).Select(f => f.Title + " (version " + f.Version + ")").First(),
                Threshold = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.AnonymityThreshold).First(),
                Organisation = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => new { o.Type, o.HasCouncilOfGovernors }).First(),
                Respondents = db.Respondents.Count(r => r.CycleId == c.Id),
            })
            .ToDictionaryAsync(c => c.Id, ct);
        var frameworkIds = cycles.Select(c => c.FrameworkId).Distinct().ToList();
        var outline = await FrameworkOutline.LoadAsync(db, frameworkIds, ct: ct);
        var stageFramework = (await db.Stages.Where(s => frameworkIds.Contains(s.FrameworkId)).Select(s => new { s.Id, s.FrameworkId }).ToListAsync(ct))
            .ToDictionary(s => s.Id, s => s.FrameworkId);
        var answers = (await db.Answers.Where(a => ids.Contains(a.CycleId))
                .Select(a => new { a.CycleId, a.RespondentId, a.StatementId, a.Rating, a.Comment }).ToListAsync(ct))
            .ToLookup(a => a.CycleId, a => new ResultsCalculator.AnswerRow(a.RespondentId, a.StatementId, a.Rating, a.Comment));

        var now = clock.GetUtcNow().UtcDateTime;
        var outlineByFramework = outline.ToLookup(r => stageFramework[r.StageId]);
        return cycles.ToDictionary(c => c.Id, c =>
        {
            var fact = facts[c.Id];
            return ResultsCalculator.Build(c.Id, c.Name, fact.Framework, fact.Threshold, fact.Respondents, [.. outlineByFramework[c.FrameworkId]], [.. answers[c.Id]], now,
                Domain.Frameworks.Applicability.Kinds(fact.Organisation.Type, fact.Organisation.HasCouncilOfGovernors));
        });
    }
}
