using System.Text.RegularExpressions;
using IncLead.Tests.Support;
using IncLead.TestSupport;
using IncLead.Web.Domain.Cycles;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace IncLead.Tests.Features.Reporting;

/// <summary>
/// An organisation at the size the issue names: 30 board members, three cycles, 200 actions, and long comments with
/// a word too long for any column, accents, symbols and an emoji the fonts lack.
/// </summary>
public sealed class LargeOrganisationFactory : AppFactory, IAsyncLifetime
{
    public const string Comment = "Board papers rarely say how a decision affects staff and patients with protected characteristics, and when they do " +
        "it is a paragraph at the end that nobody discusses. The café-style listening sessions (£12,500 a year) were the first time I heard " +
        "directly from the Polish community association – we should do this every quarter, not once. See " +
        "https://www.history.example/board/papers/2026/an-address-far-too-long-to-fit-on-one-line-of-any-column-in-the-pack?section=inclusion&page=12 " +
        "for the minutes. 😀 Ünïcödé ✓";

    public History.Built Large { get; private set; } = null!;

    public async ValueTask InitializeAsync() =>
        Large = await History.CreateAsync(Services, "ZLG", cycles: 3, members: 30, actions: 200, comment: Comment);
}

public sealed partial class LargeOrganisationBoardPackTests(LargeOrganisationFactory app) : IClassFixture<LargeOrganisationFactory>
{
    private async Task<byte[]> PackAsync()
    {
        var id = await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().Where(c => c.OrganisationId == app.Large.OrganisationId && c.State == CycleState.Open).Select(c => c.Id).SingleAsync());
        var name = await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.Name).SingleAsync());
        var lead = await Browser.SignedInAsync(app, app.Large.LeadEmail, History.Password);
        return await lead.DownloadAsync($"/cycles/{id}/reports/board-pack.pdf", $"history-board-pack-{name.Replace('/', '-')}.pdf");
    }

    [Fact]
    public async Task Every_glyph_of_a_large_organisations_pack_is_inside_its_page_and_margins()
    {
        using var pdf = PdfDocument.Open(await PackAsync());
        Assert.True(pdf.NumberOfPages > 40, $"Only {pdf.NumberOfPages} pages");
        var comments = 0;
        foreach (var page in pdf.GetPages())
        {
            PdfPages.AssertLettersInside(page, marginX: 55, marginY: 20);
            comments += ReportPdf.Lines(page).Count(l => l.Contains("Ünïcödé", StringComparison.Ordinal));
        }
        Assert.True(comments >= 25 * 10, $"Only {comments} comments found"); // 10 of 30 members comment on each of 25 factors' first statements
    }

    [Fact]
    public async Task The_action_tables_repeat_their_header_row_on_every_page_they_continue_on()
    {
        using var pdf = PdfDocument.Open(await PackAsync());
        var pages = pdf.GetPages().Where(p => ReportPdf.Lines(p).Any(l => ActionRow().IsMatch(l))).ToList();
        Assert.True(pages.Count >= 4, $"The action tables span only {pages.Count} pages");
        Assert.All(pages, p => Assert.Contains("Ref Action Due Status RAG Why", ReportPdf.Lines(p)));
    }

    [Fact]
    public async Task A_large_organisations_pack_keeps_headings_and_table_headers_with_what_follows_and_leaves_no_page_near_empty() =>
        PackLayoutRules.AssertNoEmbarrassments(await PackAsync());

    [Fact]
    public async Task Every_chart_in_a_large_organisations_pack_writes_its_text_at_8_points_or_more() =>
        PackLayoutRules.AssertChartTextAtLeast8Points(await PackAsync(), charts: 2);

    [GeneratedRegex(@"^A\d+ Action \d+ on ")]
    private static partial Regex ActionRow();
}
