using System.Text.Json;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Benchmarking;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Features.Benchmark;
using IncLead.Web.Features.Cycles;
using IncLead.Web.Features.SignOffs;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Data.Seed;

/// <summary>
/// So targets and the benchmark show on first run: the demo trust's board set stage targets when it signed off
/// 2025/26, the trust takes part in the benchmark as an acute trust, and eleven clearly labelled demo acute trusts
/// (no real organisation, no users) share made-up but repeatable means. Running it again changes nothing.
/// </summary>
internal static class DemoBenchmark
{
    public const string DemoNameSuffix = "(demo benchmark organisation)";
    private const int Peers = 11;

    public static async Task SeedAsync(AppDbContext db, BenchmarkSharing sharing, Organisation organisation, DateTime now)
    {
        if (await db.BenchmarkParticipations.IgnoreQueryFilters().AnyAsync(p => p.OrganisationId == organisation.Id)) return;
        var signedOff = await db.Cycles.IgnoreQueryFilters().Where(c => c.OrganisationId == organisation.Id && c.State == CycleState.SignedOff)
            .OrderByDescending(c => c.SignedOffAt).FirstOrDefaultAsync();
        if (signedOff is null) return;

        // Targets the board set at the last sign-off: a little above where each stage was, so some are met and some not.
        var snapshot = SignOffSnapshot.FromJson(await db.SignOffs.IgnoreQueryFilters().Where(s => s.CycleId == signedOff.Id).OrderByDescending(s => s.Version).Select(s => s.Snapshot).FirstAsync());
        foreach (var stage in snapshot.Results.Stages.Where(s => s.Figure.Mean is not null))
            db.BoardTargets.Add(new BoardTarget(organisation.Id, signedOff.Id, stage.Code, null, Math.Min(3, Math.Round(stage.Figure.Mean!.Value + (stage.Number % 2 == 0 ? 0.1 : 0.4), 1)), "Margaret Okafor", now));

        // The peers are trusts without a council of governors, so they are not asked the governors' statements.
        var peerKinds = Applicability.Kinds(OrganisationType.NhsTrust, false);
        var outline = (await FrameworkOutline.LoadAsync(db, [signedOff.FrameworkId])).Where(r => Applicability.Applies(r.AppliesTo, peerKinds)).ToList();
        var random = new Random(20261207);
        for (var i = 0; i < Peers; i++)
        {
            var peer = new Organisation($"Demo Acute Trust {(char)('A' + i)} {DemoNameSuffix}", OrganisationType.NhsTrust, $"ZD{(char)('A' + i)}", "Demo", false, now);
            db.Organisations.Add(peer);
            await db.SaveChangesAsync();
            var participation = new BenchmarkParticipation(peer.Id, PeerGroup.Acute, now);
            participation.OptIn(PeerGroup.Acute, "Demo data", now);
            participation.MarkShared(now);
            db.BenchmarkParticipations.Add(participation);
            var lean = (random.NextDouble() - 0.5) * 1.2;
            var means = new Dictionary<string, double>();
            foreach (var stage in outline.GroupBy(r => r.StageCode))
            {
                var statementMeans = stage.Select(r => Math.Clamp(1.5 + lean + ((random.NextDouble() - 0.5) * 1.4), 0, 3)).ToList();
                foreach (var (row, mean) in stage.Zip(statementMeans)) means[BenchmarkFigure.StatementKey(row.StatementCode)] = Math.Round(mean, 4);
                means[BenchmarkFigure.StageKey(stage.Key)] = Math.Round(statementMeans.Average(), 4);
            }
            db.BenchmarkContributions.Add(new BenchmarkContribution(peer.Id, signedOff.FrameworkId, 0, PeerGroup.Acute, now.AddDays(-30 - i), JsonSerializer.Serialize(means), now));
        }

        var own = new BenchmarkParticipation(organisation.Id, PeerGroup.Acute, now);
        own.OptIn(PeerGroup.Acute, "Sam Patel", now);
        db.BenchmarkParticipations.Add(own);
        await db.SaveChangesAsync();
        await sharing.ShareAsync(organisation.Id);
        await sharing.RecomputeAsync();
    }
}
