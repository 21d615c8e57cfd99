using System.Net;
using System.Text.RegularExpressions;
using IncLead.Tests.Support;
using IncLead.Web.Data;
using IncLead.Web.Features.Actions;
using IncLead.Web.Features.Results;
using IncLead.Web.Features.Trend;
using IncLead.Web.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Features.Trend;

/// <summary>
/// The demo's 2025/26 cycle was answered on 2012.1 and its 2026/27 cycle on 2012.2. Trend and "did it work?" follow
/// statements through the mapping: a split statement shows its parent's history, a new one none, a retired one is
/// listed as retired (the shipped mapping retires nothing, so that case uses a mapping made for the test).
/// </summary>
public sealed class TrendAcrossVersionsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<T> AsLeadAsync<T>(Func<IServiceProvider, System.Security.Claims.ClaimsPrincipal, ResultsReader, CycleReading, CycleReading, Task<T>> work) =>
        app.AsMemberAsync(Demo.Lead, async (services, principal) =>
        {
            var reader = services.GetRequiredService<ResultsReader>();
            var cycles = (await reader.CyclesWithResultsAsync(Ct)).Where(c => c.Name is "2025/26" or "2026/27").ToList();
            var readings = await reader.ReadAsync(cycles, Ct);
            return await work(services, principal, reader, readings[0], readings[1]);
        });

    [Fact]
    public async Task The_trend_page_shows_a_split_statement_with_its_parents_history_and_a_new_one_with_none()
    {
        var cycleId = await app.OpenDemoCycleIdAsync();
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        var html = WebUtility.HtmlDecode(await lead.GetPageAsync($"/cycles/{cycleId}/trend"));
        Assert.Contains("S2.F4.04: When we review our partnerships, we test how far they share information on target groups and health inequalities.", html);
        Assert.Contains("2025/26 shows S2.F4.01, the statement this was split from", html);
        Assert.Contains("S1.F9.01: Our board leads in a way that tackles stigma and promotes social inclusion.", html);
        Assert.Contains("New in version 2012.2: no earlier results", html);
    }

    [Fact]
    public async Task The_trend_page_keeps_statements_in_a_closed_section_per_stage_under_a_short_stage_and_factor_table()
    {
        var cycleId = await app.OpenDemoCycleIdAsync();
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var html = WebUtility.HtmlDecode(await lead.GetPageAsync($"/cycles/{cycleId}/trend"));
        var sections = Regex.Matches(html, @"<details class=""nhsuk-details nhsuk-expander"">(.*?)</details>", RegexOptions.Singleline);
        Assert.Equal(5, sections.Count);
        for (var stage = 1; stage <= 5; stage++)
        {
            var section = sections[stage - 1].Groups[1].Value;
            Assert.Matches($@"Stage {stage}: [^<]+ \((\d+) statements\)</span></summary>", section);
            var count = int.Parse(Regex.Match(section, @"\((\d+) statements\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(count, Regex.Matches(section, $@"<span>S{stage}\.F\d+\.\d\d: ").Count);
            Assert.DoesNotMatch($@"<span>S(?!{stage}\.)\d\.F\d+\.\d\d: ", section);
        }
        // The table above the sections has the stages and factors only.
        var summary = html[..html.IndexOf("<h2>Statements by stage</h2>", StringComparison.Ordinal)];
        Assert.Contains("Means by cycle for each stage and factor", summary);
        Assert.DoesNotMatch(@"<span>S\d\.F\d+\.\d\d: ", summary);
        Assert.Contains("S2.F4.04: When we review our partnerships", sections[1].Groups[1].Value);
    }

    [Fact]
    public async Task The_read_model_follows_split_new_and_unchanged_statements()
    {
        var (split, splitMean, parentMean, fresh, same) = await AsLeadAsync((_, _, reader, lastYear, thisYear) =>
        {
            var table = TrendTable.Build(thisYear.Cycle, [lastYear, thisYear], reader);
            var row = table.Rows.Single(r => r.Code == "S2.F4.04");
            var parent = lastYear.Results.AllStatements.Single(s => s.Code == "S2.F4.01").Statistics.Mean;
            return Task.FromResult((reader.Earlier(thisYear, "S2.F4.04", lastYear), row.Means[0], parent, reader.Earlier(thisYear, "S1.F9.01", lastYear), reader.Earlier(thisYear, "S3.F1.02", lastYear)));
        });
        Assert.Equal(LineageKind.Split, split.Kind);
        Assert.Equal("S2.F4.01", split.Code);
        Assert.NotNull(parentMean);
        Assert.Equal(parentMean, splitMean);
        Assert.Equal(LineageKind.New, fresh.Kind);
        Assert.Equal(LineageKind.Same, same.Kind);
    }

    [Fact]
    public async Task Did_it_work_shows_each_part_of_a_split_statement_in_the_later_cycle()
    {
        var history = await AsLeadAsync((services, principal, _, lastYear, _) =>
            services.GetRequiredService<StatementHistoryQuery>().ForAsync(lastYear.Cycle.Id, "S2.F4.01", principal, Ct));
        var later = history.Where(h => h.CycleName == "2026/27").ToList();
        Assert.Equal(5, later.Count);
        Assert.Contains(later, h => h.Note == "S2.F4.07, one of the statements S2.F4.01 was split into");
        Assert.Single(history, h => h.RaisedIn);
    }

    [Fact]
    public async Task A_retired_statement_is_listed_as_retired_on_the_trend_and_in_did_it_work()
    {
        var (retired, score) = await AsLeadAsync(async (services, principal, real, lastYear, thisYear) =>
        {
            var lineage = new StatementLineage();
            lineage.Use([new FrameworkMapping("test.json", "inclead", "2012.1", "2012.2", [new MappedStatement("S1.F1.02", StatementChange.Retired, [], "")])]);
            lineage.UseVersions(await services.GetRequiredService<AppDbContext>().Frameworks.Select(f => new { f.Id, f.Code, f.Version }).ToListAsync(Ct)
                .ContinueWith(t => t.Result.Select(f => (f.Id, f.Code, f.Version)), Ct));
            var reader = new ResultsReader(services.GetRequiredService<AppDbContext>(), TimeProvider.System, lineage, new IncLead.Web.Features.SignOffs.SnapshotCache());
            var table = TrendTable.Build(thisYear.Cycle, [lastYear, thisYear], reader);
            var history = await new StatementHistoryQuery(services.GetRequiredService<AppDbContext>(), reader).ForAsync(lastYear.Cycle.Id, "S1.F1.02", principal, Ct);
            return (table.Retired, history.Single(h => h.CycleName == "2026/27"));
        });
        var row = Assert.Single(retired);
        Assert.Equal("S1.F1.02", row.Code);
        Assert.Equal("Retired: not asked in version 2012.2", row.Note);
        Assert.NotNull(row.Means[0]);
        Assert.Null(row.Means[1]);
        Assert.Null(score.Mean);
        Assert.Equal("No longer asked: S1.F1.02 was retired in version 2012.2", score.Note);
    }
}
