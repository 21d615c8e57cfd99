using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Results;
using IncLead.Web.Features.SignOffs;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Actions;

/// <summary>A statement's board mean in one cycle, for "did it work?".</summary>
public sealed record StatementScore(int CycleId, string CycleName, double? Mean, int Ratings, bool Suppressed, bool RaisedIn)
{
    public Band? Band => Bands.For(Mean);
}

/// <summary>
/// "Did it work?": the score of the statement an action was raised from, in the cycle it was raised in and in every
/// later cycle the viewer may see, matched by statement code so a new framework version keeps the thread. Signed-off
/// cycles are read from their snapshots; the rest from the answers to that one statement. Three queries, however
/// many cycles.
/// </summary>
public sealed class StatementHistoryQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<StatementScore>> ForAsync(int raisedInCycleId, string statementCode, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var since = await db.Cycles.Where(c => c.Id == raisedInCycleId).Select(c => (DateTime?)c.CreatedAt).FirstOrDefaultAsync(ct);
        if (since is null) return [];
        var cycles = (await db.Cycles.Where(c => c.State != CycleState.Draft && c.CreatedAt >= since).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(ct))
            .Where(c => ResultsAccess.CanSee(viewer, c)).ToList();
        if (cycles.Count == 0) return [];

        var signedOffIds = cycles.Where(c => c.State == CycleState.SignedOff).Select(c => c.Id).ToList();
        var snapshots = (await db.SignOffs
                .Where(s => signedOffIds.Contains(s.CycleId) && s.Version == db.SignOffs.Where(x => x.CycleId == s.CycleId).Max(x => x.Version))
                .Select(s => new { s.CycleId, s.Snapshot }).ToListAsync(ct))
            .ToDictionary(s => s.CycleId, s => SignOffSnapshot.FromJson(s.Snapshot).Results.AllStatements.FirstOrDefault(x => x.Code == statementCode)?.Statistics);

        var liveIds = cycles.Where(c => !snapshots.ContainsKey(c.Id)).Select(c => c.Id).ToList();
        var threshold = await db.Organisations.Where(o => o.Id == db.OrganisationId).Select(o => o.AnonymityThreshold).FirstOrDefaultAsync(ct);
        var ratings = (await (from a in db.Answers
                              where liveIds.Contains(a.CycleId) && a.Rating != null
                              join s in db.Statements on a.StatementId equals s.Id
                              where s.Code == statementCode
                              select new { a.CycleId, Rating = a.Rating!.Value }).ToListAsync(ct))
            .ToLookup(a => a.CycleId, a => a.Rating);

        return [.. cycles.Select(c =>
        {
            var stats = snapshots.TryGetValue(c.Id, out var frozen) ? frozen : Statistics.Describe(ratings[c.Id], threshold);
            return new StatementScore(c.Id, c.Name, stats?.Mean, stats?.Ratings ?? 0, stats?.Suppressed ?? false, c.Id == raisedInCycleId);
        })];
    }
}
