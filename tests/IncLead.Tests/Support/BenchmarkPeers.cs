using System.Text.Json;
using IncLead.Web.Data.Seed;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Benchmarking;
using IncLead.Web.Features.Benchmark;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Support;

/// <summary>
/// Other organisations in the benchmark for a test: straight into the database, as if they had opted in and shared,
/// each with means near those another organisation shares (so their figures are the same framework version's).
/// </summary>
public static class BenchmarkPeers
{
    private static int _next;

    /// <summary>Leaves only the demo trust taking part, with no figures computed.</summary>
    public static Task KeepOnlyRiversideAsync(this AppFactory app) => app.QueryAsync(async db =>
    {
        var riverside = await db.Organisations.IgnoreQueryFilters().Where(o => o.OdsCode == DemoData.OdsCode).Select(o => o.Id).SingleAsync();
        db.BenchmarkFigures.RemoveRange(await db.BenchmarkFigures.ToListAsync());
        db.BenchmarkContributions.RemoveRange(await db.BenchmarkContributions.IgnoreQueryFilters().Where(c => c.OrganisationId != riverside).ToListAsync());
        db.BenchmarkParticipations.RemoveRange(await db.BenchmarkParticipations.IgnoreQueryFilters().Where(p => p.OrganisationId != riverside).ToListAsync());
        return await db.SaveChangesAsync();
    });

    /// <summary>Adds <paramref name="count"/> acute trusts sharing means like those of the organisation <paramref name="like"/> shares.</summary>
    public static Task AddAsync(this AppFactory app, int count, int like, string namePrefix = "Secret Peer Trust") => app.QueryAsync(async db =>
    {
        var model = await db.BenchmarkContributions.IgnoreQueryFilters().Where(c => c.OrganisationId == like).FirstAsync();
        var means = JsonSerializer.Deserialize<Dictionary<string, double>>(model.Means)!;
        for (var i = 0; i < count; i++)
        {
            var n = Interlocked.Increment(ref _next);
            var peer = new Organisation($"{namePrefix} {n}", OrganisationType.NhsTrust, $"QN{n}X", "North", false, DateTime.UtcNow);
            db.Organisations.Add(peer);
            await db.SaveChangesAsync();
            var participation = new BenchmarkParticipation(peer.Id, PeerGroup.Acute, DateTime.UtcNow);
            participation.OptIn(PeerGroup.Acute, "Test", DateTime.UtcNow);
            db.BenchmarkParticipations.Add(participation);
            var shifted = means.ToDictionary(m => m.Key, m => Math.Clamp(m.Value + (0.2 * (n % 7)) - 0.6, 0, 3));
            db.BenchmarkContributions.Add(new BenchmarkContribution(peer.Id, model.FrameworkId, 0, PeerGroup.Acute, DateTime.UtcNow, JsonSerializer.Serialize(shifted), DateTime.UtcNow));
        }
        return await db.SaveChangesAsync();
    });

    public static async Task<int> RecomputeAsync(this AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BenchmarkSharing>().RecomputeAsync(TestContext.Current.CancellationToken);
    }

    public static Task<int> RiversideIdAsync(this AppFactory app) =>
        app.QueryAsync(db => db.Organisations.IgnoreQueryFilters().Where(o => o.OdsCode == DemoData.OdsCode).Select(o => o.Id).SingleAsync());
}
