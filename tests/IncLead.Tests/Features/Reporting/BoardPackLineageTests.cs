using System.Net;
using IncLead.Tests.Support;
using IncLead.TestSupport;
using IncLead.Web.Data;
using IncLead.Web.Features.Results;
using IncLead.Web.Frameworks;
using IncLead.Web.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Features.Reporting;

/// <summary>
/// The board pack's comparison with last year follows statements through the framework mapping. The demo's 2026/27
/// cycle is on framework 2012.2 and its previous cycle, 2025/26, on 2012.1: S2.F1.07 was split from S2.F1.03,
/// S1.F9.01 is new, and S1.F1.01 is the same statement.
/// </summary>
public sealed class BoardPackLineageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<PackComparison> ComparisonAsync(int cycleId) =>
        await app.AsMemberAsync(Demo.Lead, async (services, _) =>
        {
            var reader = services.GetRequiredService<ResultsReader>();
            var cycle = await services.GetRequiredService<AppDbContext>().Cycles.SingleAsync(c => c.Id == cycleId, Ct);
            var (current, previous) = await reader.ReadWithPreviousAsync(cycle, Ct);
            Assert.NotNull(previous);
            Assert.Equal("2012.1", reader.VersionOf(previous));
            Assert.Equal("2012.2", reader.VersionOf(current));
            var comparison = PackComparison.Build(current, previous, reader)!;
            // The figures the comparison must show, read from last cycle's own results.
            var was = previous.Results.AllStatements.ToDictionary(s => s.Code);
            var split = comparison.Statements.Single(s => s.Code == "S2.F1.07");
            Assert.Equal((LineageKind.Split, "S2.F1.03"), (split.Kind, split.EarlierCode));
            Assert.Equal(was["S2.F1.03"].Statistics.Mean, split.Then);
            Assert.NotNull(split.Then);
            Assert.Null(split.Change);
            var fresh = comparison.Statements.Single(s => s.Code == "S1.F9.01");
            Assert.Equal((LineageKind.New, null, null, "New this year"), (fresh.Kind, fresh.EarlierCode, fresh.Then, fresh.Note));
            var same = comparison.Statements.Single(s => s.Code == "S1.F1.01");
            Assert.Equal(LineageKind.Same, same.Kind);
            Assert.Equal(was["S1.F1.01"].Statistics.Mean, same.Then);
            Assert.Equal(same.Now - same.Then, same.Change);
            return comparison;
        });

    [Fact]
    public async Task The_pack_compares_a_split_statement_with_its_parent_and_says_so_and_a_new_one_with_nothing()
    {
        var cycleId = await app.OpenDemoCycleIdAsync();
        var comparison = await ComparisonAsync(cycleId);
        Assert.Equal("2025/26", comparison.PreviousCycle);

        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        var pdf = await lead.GetAsync($"/cycles/{cycleId}/reports/board-pack.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = ReportPdf.Text(await pdf.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("Appendix: every statement compared with 2025/26", text);
        // The note wraps in its table cell, so words of the statement's own cell may fall between its lines.
        Assert.Matches(@"S2\.F1\.07 .{0,80} – Split from S2\.F1\.03 in version (\S+ ){0,12}2012\.2", text);
        Assert.Contains("New this year", text);
        Assert.Contains("Stage 2 compared with 2025/26", text);
        Assert.Matches(@"Not compared like for like: \d+ statements? split from an earlier statement and \d+ statements? new this year", text);

        // The Word copy is made from the same document, so it says the same.
        var docx = await lead.GetAsync($"/cycles/{cycleId}/reports/board-pack.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using var word = new DocxFiles(await docx.Content.ReadAsByteArrayAsync(Ct));
        var wordText = word.Text;
        Assert.Contains("Split from S2.F1.03 in version 2012.2", wordText);
        Assert.Contains("New this year", wordText);
    }

    [Fact]
    public async Task Key_messages_count_only_like_for_like_statement_movements()
    {
        var cycleId = await app.OpenDemoCycleIdAsync();
        var comparison = await ComparisonAsync(cycleId);
        var message = KeyMessages.StatementMovement(comparison)!;
        var unlike = comparison.Statements.Count(s => s.Kind is LineageKind.Split or LineageKind.New);
        Assert.Contains($"{unlike} statements were split or new in version 2012.2, so they are not compared like for like.", message);
        // Whatever statement it names moved like for like.
        var named = comparison.Statements.FirstOrDefault(s => message.Contains($" {s.Code} (", StringComparison.Ordinal));
        Assert.True(named is null || named.Kind == LineageKind.Same, message);
        Assert.Null(KeyMessages.StatementMovement(null));
    }
}
