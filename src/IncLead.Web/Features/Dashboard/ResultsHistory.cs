using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Cycles;
using IncLead.Web.Features.Results;
using IncLead.Web.Features.SignOffs;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Dashboard;

/// <summary>
/// The results of several cycles at once, in the same seven queries whether there are one or ten: signed-off cycles
/// come from their latest snapshot (what the board signed), the others are calculated from all their answers read
/// together. Pages that look across years use this instead of loading cycle by cycle, which would grow with history.
/// </summary>
public sealed class ResultsHistory(AppDbContext db, TimeProvider clock)
{
    /// <summary>Cycles that have results (everything but drafts), oldest first.</summary>
    public async Task<List<Cycle>> CyclesWithResultsAsync(CancellationToken ct = default) =>
        await db.Cycles.Where(c => c.State != CycleState.Draft).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(ct);

    /// <summary>Results for each cycle, in the order given.</summary>
    public async Task<IReadOnlyList<CycleResults>> LoadAsync(IReadOnlyList<Cycle> cycles, CancellationToken ct = default)
    {
        var signedOffIds = cycles.Where(c => c.State == CycleState.SignedOff).Select(c => c.Id).ToList();
        var snapshots = await db.SignOffs
            .Where(s => signedOffIds.Contains(s.CycleId) && s.Version == db.SignOffs.Where(x => x.CycleId == s.CycleId).Max(x => x.Version))
            .Select(s => new { s.CycleId, s.Snapshot }).ToListAsync(ct);
        var frozen = snapshots.ToDictionary(s => s.CycleId, s => SignOffSnapshot.FromJson(s.Snapshot).Results);

        // Every query below runs even when no cycle needs it, so the count never depends on the data.
        var live = cycles.Where(c => !frozen.ContainsKey(c.Id)).ToList();
        var liveIds = live.Select(c => c.Id).ToList();
        var frameworkIds = live.Select(c => c.FrameworkId).Distinct().ToList();
        var outline = await FrameworkOutline.LoadAsync(db, frameworkIds, ct: ct);
        var stageFramework = await db.Stages.Where(s => frameworkIds.Contains(s.FrameworkId)).ToDictionaryAsync(s => s.Id, s => s.FrameworkId, ct);
        var frameworks = await db.Frameworks.Where(f => frameworkIds.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => f.Title + " (version " + f.Version + ")", ct);
        var answers = (await db.Answers.Where(a => liveIds.Contains(a.CycleId))
            .Select(a => new { a.CycleId, a.RespondentId, a.StatementId, a.Rating, a.Comment }).ToListAsync(ct))
            .ToLookup(a => a.CycleId, a => new ResultsCalculator.AnswerRow(a.RespondentId, a.StatementId, a.Rating, a.Comment));
        var respondents = await db.Respondents.Where(r => liveIds.Contains(r.CycleId)).GroupBy(r => r.CycleId)
            .Select(g => new { CycleId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.CycleId, g => g.Count, ct);
        var threshold = await db.Organisations.Where(o => o.Id == db.OrganisationId).Select(o => o.AnonymityThreshold).FirstOrDefaultAsync(ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var outlineByFramework = outline.ToLookup(r => stageFramework[r.StageId]);
        return [.. cycles.Select(c => frozen.TryGetValue(c.Id, out var results)
            ? results
            : ResultsCalculator.Build(c.Id, c.Name, frameworks.GetValueOrDefault(c.FrameworkId, ""), threshold, respondents.GetValueOrDefault(c.Id),
                [.. outlineByFramework[c.FrameworkId]], [.. answers[c.Id]], now))];
    }
}
