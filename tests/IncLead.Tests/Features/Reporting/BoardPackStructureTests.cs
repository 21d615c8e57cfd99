using System.Globalization;
using IncLead.Documents.Model;
using IncLead.Tests.Support;
using IncLead.TestSupport;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Stories;
using IncLead.Web.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;

namespace IncLead.Tests.Features.Reporting;

/// <summary>
/// The demo organisation's real board pack, as the equality lead downloads it, checked against the document the
/// composer made from the same data: every heading bookmarked on its page, the contents' page numbers right, and
/// pdfinfo and qpdf content with it.
/// </summary>
public sealed class BoardPackStructureTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(byte[] Pdf, IReadOnlyList<Heading> Headings)> DemoPackAsync()
    {
        var id = await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().Where(c => c.State == CycleState.SignedOff && c.Name == "2025/26").Select(c => c.Id).SingleAsync());
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var pdf = await lead.DownloadAsync($"/cycles/{id}/reports/board-pack.pdf", "riverside-board-pack-2025-26.pdf");
        var headings = await app.AsMemberAsync(Demo.Lead, async (services, user) =>
        {
            var cycle = await services.GetRequiredService<AppDbContext>().Cycles.SingleAsync(c => c.Id == id);
            var input = await services.GetRequiredService<BoardPackLoader>().LoadAsync(cycle, StoryReaders.From(user));
            return (IReadOnlyList<Heading>)[.. BoardPackComposer.Compose(input).Blocks.OfType<Heading>()];
        });
        return (pdf, headings);
    }

    [Fact]
    public async Task Every_heading_of_the_demo_board_pack_has_a_bookmark_that_opens_its_page()
    {
        var (pdf, headings) = await DemoPackAsync();
        Assert.True(headings.Count > 20, $"Only {headings.Count} headings composed");
        using var document = PdfDocument.Open(pdf);
        Assert.True(document.TryGetBookmarks(out var bookmarks), "The pack has no bookmarks");
        var nodes = Flatten(bookmarks.GetNodes().Where(n => n.Level == 0)).ToList();
        Assert.Equal(headings.Select(h => (h.Text, h.Level - 1)), nodes.Select(n => (n.Title, n.Level)));
        Assert.All(nodes, n => Assert.True(HoldsHeading(document.GetPage(Assert.IsType<DocumentBookmarkNode>(n).PageNumber), n.Title), $"'{n.Title}' is not on its bookmark's page"));
    }

    [Fact]
    public async Task The_demo_board_packs_contents_give_the_pages_its_headings_are_on()
    {
        var (pdf, headings) = await DemoPackAsync();
        using var document = PdfDocument.Open(pdf);
        // Only the contents has links: each entry is one, holding the heading's text, a dot leader and a page number.
        var entries = document.GetPages().SelectMany(page => page.GetAnnotations().Where(a => a.Type == AnnotationType.Link).Select(link =>
        {
            var words = page.GetWords().Where(w => Inside(w.BoundingBox, link.Rectangle) && w.Text.Any(char.IsLetterOrDigit)).ToList();
            return (Title: string.Join(' ', words.SkipLast(1).Select(w => w.Text)), Printed: int.Parse(words[^1].Text, CultureInfo.InvariantCulture),
                Target: ((GoToAction)link.Action!).Destination.PageNumber);
        })).ToList();

        Assert.Equal(headings.Where(h => h.Level <= 2).Select(h => h.Text), entries.Select(e => e.Title));
        Assert.All(entries, e =>
        {
            Assert.Equal(e.Printed, e.Target);
            Assert.True(HoldsHeading(document.GetPage(e.Printed), e.Title), $"'{e.Title}' is not on page {e.Printed}");
        });
    }

    [Fact]
    public async Task The_demo_board_pack_is_tagged_and_clean_by_pdfinfo_and_qpdf()
    {
        var (pdf, _) = await DemoPackAsync();
        ReportPdf.AssertAccessible(pdf, "Inclusion leadership board pack 2025/26");
        PdfTools.AssertClean(pdf, "Inclusion leadership board pack 2025/26");
    }

    /// <summary>The page shows the heading (perhaps wrapped over lines) and is not the contents, which names every heading.</summary>
    private static bool HoldsHeading(UglyToad.PdfPig.Content.Page page, string heading) =>
        !page.GetAnnotations().Any(a => a.Type == AnnotationType.Link) && string.Join(' ', ReportPdf.Lines(page)).Contains(heading, StringComparison.Ordinal);

    private static bool Inside(UglyToad.PdfPig.Core.PdfRectangle word, UglyToad.PdfPig.Core.PdfRectangle box) =>
        word.Centroid.X >= box.Left && word.Centroid.X <= box.Right && word.Centroid.Y >= box.Bottom && word.Centroid.Y <= box.Top;

    private static IEnumerable<BookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) => nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));
}
