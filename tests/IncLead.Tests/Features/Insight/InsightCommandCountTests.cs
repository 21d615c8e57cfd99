using IncLead.Tests.Support;
using IncLead.Web.Data;
using IncLead.Web.Domain.Benchmarking;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Benchmark;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Features.Insight;

/// <summary>
/// The app with every SQL command counted (the dashboard test's counter), two organisations that take part in the
/// benchmark, one with 8 board members who answered everything and one with 30, each with a signed-off cycle and an
/// open one, and no other organisation sharing until a test adds some.
/// </summary>
public sealed class InsightCountFactory : AppFactory, IAsyncLifetime
{
    public CommandCounter Commands { get; } = new();
    public History.Built Eight { get; private set; } = null!;
    public History.Built Thirty { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Commands)));
    }

    public async ValueTask InitializeAsync()
    {
        Eight = await History.CreateAsync(Services, "ZIA", cycles: 2, members: 8, actions: 20);
        Thirty = await History.CreateAsync(Services, "ZIB", cycles: 2, members: 30, actions: 20);
        await this.QueryAsync(async db =>
        {
            // Only these two share at first: the demo trust and its demo peers are taken out of the benchmark.
            db.BenchmarkFigures.RemoveRange(await db.BenchmarkFigures.ToListAsync());
            db.BenchmarkContributions.RemoveRange(await db.BenchmarkContributions.IgnoreQueryFilters().ToListAsync());
            db.BenchmarkParticipations.RemoveRange(await db.BenchmarkParticipations.IgnoreQueryFilters().ToListAsync());
            foreach (var organisation in new[] { Eight.OrganisationId, Thirty.OrganisationId })
            {
                var participation = new BenchmarkParticipation(organisation, PeerGroup.Acute, DateTime.UtcNow);
                participation.OptIn(PeerGroup.Acute, "Test", DateTime.UtcNow);
                db.BenchmarkParticipations.Add(participation);
            }
            return await db.SaveChangesAsync();
        });
        using var scope = Services.CreateScope();
        var sharing = scope.ServiceProvider.GetRequiredService<BenchmarkSharing>();
        await sharing.ShareAsync(Eight.OrganisationId);
        await sharing.ShareAsync(Thirty.OrganisationId);
    }
}

/// <summary>
/// The results, priorities, role groups and benchmark pages send the same SQL commands with 5 organisations in the
/// benchmark as with 40, and with 8 respondents as with 30: no query per organisation, respondent or statement.
/// </summary>
public sealed class InsightCommandCountTests(InsightCountFactory app) : IClassFixture<InsightCountFactory>
{
    private static readonly string[] Pages = ["results", "priorities", "groups", "benchmark"];

    [Fact]
    public async Task The_pages_issue_the_same_commands_with_5_or_40_organisations_and_8_or_30_respondents()
    {
        var people = new[] { app.Eight, app.Thirty };
        var cycles = new List<(int SignedOff, int Open)>();
        foreach (var built in people)
        {
            var ids = await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().Where(c => c.OrganisationId == built.OrganisationId)
                .OrderBy(c => c.CreatedAt).Select(c => new { c.Id, c.State }).ToListAsync());
            cycles.Add((ids.Single(c => c.State == CycleState.SignedOff).Id, ids.Single(c => c.State == CycleState.Open).Id));
        }

        var counts = new Dictionary<string, List<string>>();
        foreach (var (total, addPeers) in new[] { (5, 3), (40, 35) })
        {
            await app.AddAsync(addPeers, app.Eight.OrganisationId);
            await app.RecomputeAsync();
            for (var o = 0; o < people.Length; o++)
            {
                var browser = Browser.For(app);
                await browser.SignInAsync(people[o].LeadEmail, History.Password);
                foreach (var page in Pages)
                {
                    foreach (var (cycle, which) in new[] { (cycles[o].SignedOff, "signed off"), (cycles[o].Open, "open") })
                    {
                        if (page == "benchmark" && which == "open") continue; // other trusts share signed-off cycles only
                        var url = $"/cycles/{cycle}/{page}";
                        await browser.GetPageAsync(url); // warm up: compiled queries and views
                        app.Commands.Reset();
                        var body = await browser.GetPageAsync(url);
                        var count = app.Commands.Count;
                        if (page == "benchmark") Assert.Matches($"quartile among {total} acute trusts", body);
                        var key = $"{page} ({which} cycle)";
                        if (!counts.TryGetValue(key, out var list)) counts[key] = list = [];
                        list.Add($"{count} with {total} organisations and {(o == 0 ? 8 : 30)} respondents");
                        Assert.InRange(count, 1, 40); // a guard against a page that stopped querying at all, not a budget
                    }
                }
            }
        }
        foreach (var (page, measured) in counts)
            Assert.True(measured.Select(m => m.Split(' ')[0]).Distinct().Count() == 1, $"{page}: {string.Join("; ", measured)}");
    }
}
