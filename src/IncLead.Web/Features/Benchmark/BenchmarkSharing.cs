using System.Text.Json;
using IncLead.Web.Data;
using IncLead.Web.Domain.Benchmarking;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Results;
using IncLead.Web.Features.SignOffs;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Benchmark;

/// <summary>
/// What goes into the benchmark and what comes out. An opted-in organisation shares, per framework version, the stage
/// and statement means of its latest signed-off cycle, copied from the frozen snapshot; opting out deletes what it
/// shared. <see cref="RecomputeAsync"/> then rebuilds every figure from scratch from what is shared now, keeping only
/// figures from at least <see cref="BenchmarkFigure.MinimumContributors"/> organisations. See docs/decisions/0023.
/// </summary>
public sealed class BenchmarkSharing(AppDbContext db, TimeProvider clock)
{
    /// <summary>Replaces what one organisation shares with its current signed-off figures (nothing if it is not opted in); true when the figures need recomputing.</summary>
    public async Task<bool> ShareAsync(int organisationId, CancellationToken ct = default)
    {
        var participation = await db.BenchmarkParticipations.IgnoreQueryFilters().SingleOrDefaultAsync(p => p.OrganisationId == organisationId, ct);
        var old = await db.BenchmarkContributions.IgnoreQueryFilters().Where(c => c.OrganisationId == organisationId).ToListAsync(ct);
        db.BenchmarkContributions.RemoveRange(old);
        if (participation is { OptedIn: true })
        {
            var now = clock.GetUtcNow().UtcDateTime;
            // The latest version of the latest signed-off cycle for each framework version, in one query.
            var latest = await (
                from c in db.Cycles.IgnoreQueryFilters()
                where c.OrganisationId == organisationId && c.State == CycleState.SignedOff
                   && c.SignedOffAt == db.Cycles.IgnoreQueryFilters().Where(x => x.OrganisationId == organisationId && x.FrameworkId == c.FrameworkId && x.State == CycleState.SignedOff).Max(x => x.SignedOffAt)
                join s in db.SignOffs.IgnoreQueryFilters() on c.Id equals s.CycleId
                where s.Version == db.SignOffs.IgnoreQueryFilters().Where(x => x.CycleId == c.Id).Max(x => x.Version)
                select new { c.Id, c.FrameworkId, c.SignedOffAt, s.Snapshot }).ToListAsync(ct);
            foreach (var cycle in latest.DistinctBy(c => c.FrameworkId))
            {
                var means = Means(SignOffSnapshot.FromJson(cycle.Snapshot).Results);
                db.BenchmarkContributions.Add(new BenchmarkContribution(organisationId, cycle.FrameworkId, cycle.Id, participation.PeerGroup, cycle.SignedOffAt!.Value, JsonSerializer.Serialize(means), now));
            }
            if (latest.Count > 0) participation.MarkShared(now);
        }
        await db.SaveChangesAsync(ct);
        return participation is { OptedIn: true } || old.Count > 0;
    }

    /// <summary>Only stage and statement means, and only those the organisation's own results show.</summary>
    public static Dictionary<string, double> Means(CycleResults results)
    {
        var means = new Dictionary<string, double>();
        foreach (var stage in results.Stages)
        {
            if (stage.Figure.Mean is { } m) means[BenchmarkFigure.StageKey(stage.Code)] = Math.Round(m, 4);
            foreach (var s in stage.Factors.SelectMany(f => f.Statements))
                if (s.Statistics.Mean is { } sm) means[BenchmarkFigure.StatementKey(s.Code)] = Math.Round(sm, 4);
        }
        return means;
    }

    /// <summary>Every figure afresh from what opted-in organisations share now. Two reads and one save, however many organisations.</summary>
    public async Task<int> RecomputeAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var optedIn = db.BenchmarkParticipations.IgnoreQueryFilters().Where(p => p.OptedIn).Select(p => p.OrganisationId);
        var shared = await db.BenchmarkContributions.IgnoreQueryFilters().Where(c => optedIn.Contains(c.OrganisationId))
            .Select(c => new { c.FrameworkId, c.PeerGroup, c.Means }).ToListAsync(ct);
        db.BenchmarkFigures.RemoveRange(await db.BenchmarkFigures.ToListAsync(ct));
        var figures = Compute(shared.Select(c => (c.FrameworkId, c.PeerGroup, JsonSerializer.Deserialize<Dictionary<string, double>>(c.Means) ?? [])), now);
        db.BenchmarkFigures.AddRange(figures);
        await db.SaveChangesAsync(ct);
        return figures.Count;
    }

    /// <summary>The figures, pure: median and quartiles (as Excel's QUARTILE.INC) of each key with five or more organisations.</summary>
    public static List<BenchmarkFigure> Compute(IEnumerable<(int FrameworkId, PeerGroup PeerGroup, Dictionary<string, double> Means)> shared, DateTime now)
    {
        var figures = new List<BenchmarkFigure>();
        foreach (var group in shared.GroupBy(c => (c.FrameworkId, c.PeerGroup)))
        {
            foreach (var key in group.SelectMany(c => c.Means).GroupBy(m => m.Key, m => m.Value))
            {
                var values = key.Order().ToArray();
                if (values.Length < BenchmarkFigure.MinimumContributors) continue;
                figures.Add(new BenchmarkFigure(group.Key.FrameworkId, group.Key.PeerGroup, key.Key, values.Length,
                    Quantile(values, 0.25), Quantile(values, 0.5), Quantile(values, 0.75), now));
            }
        }
        return figures;
    }

    private static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((h - lower) * (sorted[upper] - sorted[lower]));
    }
}
