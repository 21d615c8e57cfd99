using System.Net;
using System.Text.Json;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Benchmarking;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Benchmark;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Features.Insight;

/// <summary>The benchmark never shows a figure from fewer than five organisations, nor any other organisation's name.</summary>
public sealed class BenchmarkPrivacyTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int _peer;

    [Fact]
    public async Task Four_contributors_show_nothing_five_show_a_position_and_opting_out_removes_it()
    {
        await KeepOnlyRiversideAsync();
        for (var i = 0; i < 3; i++) await AddPeerAsync();
        await RecomputeAsync();
        // The benchmark compares like with like: the demo's signed-off cycles share the framework version of the figures.
        var current = await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().Where(c => c.State == CycleState.SignedOff).OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
        var lead = await Browser.SignedInAsync(app, Demo.Lead);

        foreach (var url in new[] { $"/cycles/{current}/benchmark", $"/cycles/{current}/benchmark.csv", "/dashboard" })
        {
            var body = await BodyAsync(lead, url);
            Assert.DoesNotContain("quartile among", body);
        }
        Assert.Contains("Not enough organisations yet", await lead.GetPageAsync($"/cycles/{current}/benchmark"));
        Assert.Equal(0, await app.QueryAsync(db => db.BenchmarkFigures.CountAsync()));

        await AddPeerAsync();
        await RecomputeAsync();
        Assert.Contains("quartile among 5 acute trusts", await lead.GetPageAsync($"/cycles/{current}/benchmark"));
        Assert.Contains("quartile among 5 acute trusts", await lead.GetPageAsync("/dashboard"));
        await SweepAsync(current);

        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var optOut = await admin.SubmitAsync("/admin/benchmark", "/admin/benchmark", new Dictionary<string, string> { ["Form.TakePart"] = "no" });
        Assert.Equal(HttpStatusCode.Redirect, optOut.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.BenchmarkFigures.CountAsync()));
        Assert.DoesNotContain("quartile among", await lead.GetPageAsync($"/cycles/{current}/benchmark"));

        // A type change after sharing is refused, and so is opting in without the trust admin role.
        var change = await admin.SubmitAsync("/admin/benchmark", "/admin/benchmark", new Dictionary<string, string> { ["Form.TakePart"] = "yes", ["Form.PeerGroup"] = "Ambulance" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, change.StatusCode);
        Assert.Contains("the type cannot change", await change.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False(await app.QueryAsync(db => db.BenchmarkParticipations.IgnoreQueryFilters().AnyAsync(p => p.PeerGroup == PeerGroup.Ambulance)));
        var refused = await lead.GetAsync("/admin/benchmark");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Headers.Location?.OriginalString);
    }

    // Every page and download of the benchmark, as each kind of user of the demo trust: no other organisation's name.
    private async Task SweepAsync(int current)
    {
        var others = await app.QueryAsync(db => db.Organisations.Where(o => o.OdsCode != DemoData.OdsCode).Select(o => o.Name).ToListAsync());
        Assert.NotEmpty(others);
        foreach (var email in new[] { Demo.Lead, Demo.Chair, DemoData.TrustAdminEmail })
        {
            var user = await Browser.SignedInAsync(app, email);
            foreach (var url in new[] { "/dashboard", $"/cycles/{current}/results", $"/cycles/{current}/benchmark", $"/cycles/{current}/benchmark.csv",
                         $"/cycles/{current}/groups", $"/cycles/{current}/priorities", $"/cycles/{current}/targets", "/admin/benchmark", "/platform/benchmark" })
            {
                var response = await user.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                foreach (var name in others) Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(name), body);
                foreach (var name in others) Assert.DoesNotContain(name, body);
            }
        }
    }

    private static async Task<string> BodyAsync(Browser browser, string url) =>
        await (await browser.GetAsync(url)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    private Task KeepOnlyRiversideAsync() => app.QueryAsync(async db =>
    {
        var riverside = await db.Organisations.Where(o => o.OdsCode == DemoData.OdsCode).Select(o => o.Id).SingleAsync();
        db.BenchmarkFigures.RemoveRange(await db.BenchmarkFigures.ToListAsync());
        db.BenchmarkContributions.RemoveRange(await db.BenchmarkContributions.IgnoreQueryFilters().Where(c => c.OrganisationId != riverside).ToListAsync());
        db.BenchmarkParticipations.RemoveRange(await db.BenchmarkParticipations.IgnoreQueryFilters().Where(p => p.OrganisationId != riverside).ToListAsync());
        return await db.SaveChangesAsync();
    });

    private Task AddPeerAsync() => app.QueryAsync(async db =>
    {
        var n = Interlocked.Increment(ref _peer);
        var riverside = await db.BenchmarkContributions.IgnoreQueryFilters().Where(c => db.Organisations.Any(o => o.Id == c.OrganisationId && o.OdsCode == DemoData.OdsCode)).SingleAsync();
        var peer = new Organisation($"Secret Peer Trust {n}", OrganisationType.NhsTrust, $"QP{n}X", "North", false, DateTime.UtcNow);
        db.Organisations.Add(peer);
        await db.SaveChangesAsync();
        var participation = new BenchmarkParticipation(peer.Id, PeerGroup.Acute, DateTime.UtcNow);
        participation.OptIn(PeerGroup.Acute, "Test", DateTime.UtcNow);
        db.BenchmarkParticipations.Add(participation);
        var means = JsonSerializer.Deserialize<Dictionary<string, double>>(riverside.Means)!.ToDictionary(m => m.Key, m => Math.Clamp(m.Value + (0.2 * n) - 0.5, 0, 3));
        db.BenchmarkContributions.Add(new BenchmarkContribution(peer.Id, riverside.FrameworkId, 0, PeerGroup.Acute, DateTime.UtcNow, JsonSerializer.Serialize(means), DateTime.UtcNow));
        return await db.SaveChangesAsync();
    });

    private async Task RecomputeAsync()
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<BenchmarkSharing>().RecomputeAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class BenchmarkFigureTests
{
    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 2)]
    [InlineData(12, 2)]
    public void A_figure_exists_only_from_five_organisations(int organisations, int figures)
    {
        var shared = Enumerable.Range(0, organisations).Select(i => (1, PeerGroup.Acute, new Dictionary<string, double> { ["stage:S1"] = i, ["statement:1.1"] = i / 2.0 }));
        Assert.Equal(figures, BenchmarkSharing.Compute(shared, DateTime.UtcNow).Count);
    }

    [Fact]
    public void Quartiles_are_as_a_spreadsheet_works_them_out()
    {
        var shared = new[] { 1.0, 2, 3, 4, 5 }.Select(v => (1, PeerGroup.Acute, new Dictionary<string, double> { ["stage:S1"] = v }));
        var figure = Assert.Single(BenchmarkSharing.Compute(shared, DateTime.UtcNow));
        Assert.Equal((2.0, 3.0, 4.0, 5), (figure.LowerQuartile, figure.Median, figure.UpperQuartile, figure.Contributors));
    }

    [Fact]
    public void Peer_groups_and_framework_versions_are_never_pooled()
    {
        var shared = Enumerable.Range(0, 5).Select(i => (i < 3 ? 1 : 2, PeerGroup.Acute, new Dictionary<string, double> { ["stage:S1"] = i }))
            .Concat(Enumerable.Range(0, 2).Select(i => (1, PeerGroup.Ambulance, new Dictionary<string, double> { ["stage:S1"] = i })));
        Assert.Empty(BenchmarkSharing.Compute(shared, DateTime.UtcNow));
    }
}
