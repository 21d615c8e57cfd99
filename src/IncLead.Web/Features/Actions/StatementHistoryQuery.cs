using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Results;
using IncLead.Web.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Actions;

/// <summary>A statement's board mean in one cycle, for "did it work?".</summary>
public sealed record StatementScore(int CycleId, string CycleName, double? Mean, int Ratings, bool Suppressed, bool RaisedIn, string Note = "")
{
    public Band? Band => Bands.For(Mean);
}

/// <summary>
/// "Did it work?": the score of the statement an action was raised from, in the cycle it was raised in and in every
/// later cycle the viewer may see, matched by statement code so a new framework version keeps the thread. The cycles'
/// results come through <see cref="ResultsReader"/> (snapshot once signed off), so this is the figure the results page
/// showed; a fixed number of queries, however many cycles.
/// </summary>
public sealed class StatementHistoryQuery(AppDbContext db, ResultsReader reader)
{
    public async Task<IReadOnlyList<StatementScore>> ForAsync(int raisedInCycleId, string statementCode, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var since = await db.Cycles.Where(c => c.Id == raisedInCycleId).Select(c => (DateTime?)c.CreatedAt).FirstOrDefaultAsync(ct);
        if (since is null) return [];
        var cycles = (await db.Cycles.Where(c => c.State != CycleState.Draft && c.CreatedAt >= since).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(ct))
            .Where(c => ResultsAccess.CanSee(viewer, c)).ToList();
        if (cycles.Count == 0) return [];

        var readings = await reader.ReadAsync(cycles, ct);
        var raisedIn = readings.FirstOrDefault(r => r.Cycle.Id == raisedInCycleId);
        return [.. readings.SelectMany(r =>
        {
            // Later cycles may be on a newer framework version: follow the statement through the mapping. A split
            // statement is shown part by part (never averaged into one like-for-like figure); a retired one says so.
            var link = raisedIn is null ? new StatementLink([statementCode], LineageKind.Same) : reader.Later(raisedIn, statementCode, r);
            if (link.Kind == LineageKind.Retired)
                return [new StatementScore(r.Cycle.Id, r.Cycle.Name, null, 0, false, false, $"No longer asked: {statementCode} was retired in version {reader.VersionOf(r)}")];
            return link.Codes.Select(code =>
            {
                var stats = r.Results.AllStatements.FirstOrDefault(x => x.Code == code)?.Statistics;
                var note = link.Kind == LineageKind.Split ? $"{code}, one of the statements {statementCode} was split into" : code != statementCode ? $"Asked as {code}" : "";
                return new StatementScore(r.Cycle.Id, r.Cycle.Name, stats?.Mean, stats?.Ratings ?? 0, stats?.Suppressed ?? false, r.Cycle.Id == raisedInCycleId, note);
            });
        })];
    }
}
