using System.Net;
using IncLead.Documents.Model;
using IncLead.Documents.Word;
using IncLead.Tests.Support;
using IncLead.TestSupport;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Stories;
using IncLead.Web.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace IncLead.Tests.Features.Reporting;

/// <summary>
/// The Word copies of the board pack and the EDS summary, downloaded through the real app and read back with the Open
/// XML SDK: valid, the PDF's headings as Heading 1–3, repeating table headers, charts as pictures with alternative
/// text, the cover sheet and key messages, DRAFT while open, and the PDF's rules on who may have them.
/// </summary>
public sealed class WordReportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string PaleGrey = "F0F4F5";

    private Task<int> SignedOffCycleAsync() =>
        app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().Where(c => c.State == CycleState.SignedOff && c.Name == "2025/26").Select(c => c.Id).SingleAsync());

    private Task<Document> ComposedPackAsync(int id) => app.AsMemberAsync(Demo.Lead, async (services, user) =>
    {
        var cycle = await services.GetRequiredService<AppDbContext>().Cycles.SingleAsync(c => c.Id == id);
        return BoardPackComposer.Compose(await services.GetRequiredService<BoardPackLoader>().LoadAsync(cycle, StoryReaders.From(user)));
    });

    /// <summary>The PDF's bookmarks, which are its headings, as (level, text).</summary>
    private static List<(int, string)> PdfHeadings(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks), "The PDF has no bookmarks");
        static IEnumerable<BookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) => nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));
        return [.. Flatten(bookmarks.GetNodes().Where(n => n.Level == 0)).Select(n => (n.Level + 1, n.Title))];
    }

    /// <summary>Every table's first row repeats as a header, except label-and-value tables, whose labels are row headers.</summary>
    private static void AssertTablesRepeatHeaders(DocxFiles docx)
    {
        Assert.NotEmpty(docx.Tables);
        foreach (var table in docx.Tables)
        {
            var rows = table.Elements<W.TableRow>().ToList();
            var keyValue = rows.All(r => r.Elements<W.TableCell>().First().Descendants<W.Shading>().Any(s => s.Fill?.Value == PaleGrey));
            if (keyValue)
                Assert.All(rows, r => Assert.False(DocxFiles.RepeatsAsHeader(r)));
            else
                Assert.True(DocxFiles.RepeatsAsHeader(rows[0]), $"The table starting '{rows[0].InnerText}' does not repeat its header row.");
        }
    }

    [Fact]
    public async Task The_demo_board_pack_in_word_has_the_pdfs_headings_as_heading_styles_repeating_headers_and_described_charts()
    {
        var id = await SignedOffCycleAsync();
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var bytes = await lead.DownloadAsync($"/cycles/{id}/reports/board-pack.docx", "riverside-board-pack-2025-26.docx", DocxWriter.ContentType);
        var pdf = await lead.DownloadAsync($"/cycles/{id}/reports/board-pack.pdf", "riverside-board-pack-2025-26.pdf");
        var model = await ComposedPackAsync(id);
        using var docx = new DocxFiles(bytes);

        docx.AssertValid();
        var headings = docx.Headings();
        Assert.True(headings.Count > 20, $"Only {headings.Count} headings");
        Assert.Equal(PdfHeadings(pdf), headings.Select(h => (h.Level, h.Text)));
        AssertTablesRepeatHeaders(docx);

        var charts = model.Blocks.OfType<ChartBlock>().ToList();
        Assert.NotEmpty(charts);
        Assert.Equal(charts.Select(c => c.AltText), docx.Pictures.Select(p => p.Description?.Value));
        Assert.All(docx.Pictures, p => Assert.False(string.IsNullOrWhiteSpace(p.Description?.Value)));

        // The cover sheet's rows and the key messages, as the PDF prints them.
        var text = docx.Text;
        var cover = model.Blocks.OfType<KeyValueBlock>().First();
        Assert.All(cover.Pairs, pair => Assert.Contains(pair.Label + pair.Value, text.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal));
        Assert.Contains("Key messages", headings.Select(h => h.Text));
        var messages = model.Blocks.OfType<BulletList>().First().Items.Select(i => string.Concat(i.Runs.Select(r => r.Text))).ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Contains(m, text, StringComparison.Ordinal));
        Assert.Equal(model.Title, docx.Document.PackageProperties.Title);
        Assert.Equal("en-GB", docx.Document.PackageProperties.Language);

        Assert.Equal(bytes, await (await lead.GetAsync($"/cycles/{id}/reports/board-pack.docx")).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Contains(await app.ExportSummariesAsync("Cycle", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            s => s == "Downloaded the board pack of 2025/26 (riverside-board-pack-2025-26.docx)");
        Assert.Contains($"href=\"/cycles/{id}/reports/board-pack.docx\"", await lead.GetPageAsync($"/cycles/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_cycles_word_pack_says_draft_and_another_organisations_cycle_is_not_found()
    {
        var open = await app.OpenDemoCycleIdAsync();
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        using (var docx = new DocxFiles(await lead.DownloadAsync($"/cycles/{open}/reports/board-pack.docx", "riverside-board-pack-2026-27.docx", DocxWriter.ContentType)))
        {
            var header = string.Concat(docx.Document.MainDocumentPart!.HeaderParts.Select(h => h.Header!.InnerText));
            Assert.Contains("DRAFT", header, StringComparison.Ordinal);
        }

        var chair = await Browser.SignedInAsync(app, Demo.Chair);
        Assert.Equal(HttpStatusCode.Forbidden, (await chair.GetAsync($"/cycles/{open}/reports/board-pack.docx")).StatusCode);
        var refused = await chair.GetAsync($"/cycles/{await SignedOffCycleAsync()}/reports/eds-summary.docx");
        Assert.Contains("/account/access-denied", refused.Headers.Location?.OriginalString);

        var before = (await app.AuditActionsAsync()).Count;
        var other = await OtherOrganisation.CreateAsync(app);
        var afterSetUp = (await app.AuditActionsAsync()).Count;
        foreach (var report in new[] { "board-pack.docx", "eds-summary.docx", "board-pack.docx?progress=true" })
        {
            var response = await lead.GetAsync($"/cycles/{other.CycleId}/reports/{report}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.NotEqual(DocxWriter.ContentType, response.Content.Headers.ContentType?.MediaType);
        }
        Assert.True(afterSetUp >= before);
        Assert.Equal(afterSetUp, (await app.AuditActionsAsync()).Count); // nothing recorded for a refused download
    }

    [Fact]
    public async Task The_eds_summary_in_word_has_the_pdfs_headings_and_content()
    {
        var id = await SignedOffCycleAsync();
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var bytes = await lead.DownloadAsync($"/cycles/{id}/reports/eds-summary.docx", "riverside-eds-summary-2025-26.docx", DocxWriter.ContentType);
        var pdf = await lead.DownloadAsync($"/cycles/{id}/reports/eds-summary.pdf", "riverside-eds-summary-2025-26.pdf");
        using var docx = new DocxFiles(bytes);

        docx.AssertValid();
        Assert.Equal(PdfHeadings(pdf), docx.Headings().Select(h => (h.Level, h.Text)));
        AssertTablesRepeatHeaders(docx);
        Assert.All(docx.Pictures, p => Assert.False(string.IsNullOrWhiteSpace(p.Description?.Value)));
        var text = docx.Text;
        foreach (var expected in new[] { "Riverside NHS Foundation Trust", "EDS organisation rating (wording to be confirmed)" })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains("/reports/eds-summary.docx", await lead.GetPageAsync($"/cycles/{id}/eds/publish"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LibreOffice_converts_the_demo_board_pack_to_pdf()
    {
        var id = await SignedOffCycleAsync();
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var bytes = await lead.DownloadAsync($"/cycles/{id}/reports/board-pack.docx", "riverside-board-pack-2025-26.docx", DocxWriter.ContentType);
        var pdf = DocxFiles.ConvertToPdf(bytes);
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages > 10, $"LibreOffice made {document.NumberOfPages} pages");
        Assert.Contains("Key messages", ReportPdf.Text(pdf), StringComparison.Ordinal);
    }
}
