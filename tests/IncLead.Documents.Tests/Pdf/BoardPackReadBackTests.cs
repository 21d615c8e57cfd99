using System.Text.RegularExpressions;
using IncLead.Documents.Model;
using IncLead.Documents.Tests.Samples;
using UglyToad.PdfPig.Actions;
using UglyToad.PdfPig.Annotations;
using UglyToad.PdfPig.Outline;

namespace IncLead.Documents.Tests.Pdf;

public sealed class BoardPackReadBackTests(SampleRendering sample) : IClassFixture<SampleRendering>
{
    static readonly IReadOnlyList<Heading> _headings = [.. SampleDocuments.BoardPack().Blocks.OfType<Heading>()];

    [Fact]
    public void Board_pack_runs_to_about_thirty_pages()
    {
        using var pdf = ReadBack.Open(sample.BoardPack);
        Assert.InRange(pdf.NumberOfPages, 25, 40);
    }

    [Fact]
    public void Every_heading_is_in_the_text()
    {
        using var pdf = ReadBack.Open(sample.BoardPack);
        var lines = pdf.GetPages().Skip(2).SelectMany(ReadBack.Lines).ToHashSet();
        Assert.All(_headings, h => Assert.Contains(h.Text, lines));
    }

    [Fact]
    public void Bookmarks_list_every_heading_nested_by_level()
    {
        using var pdf = ReadBack.Open(sample.BoardPack);
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var nodes = Flatten(bookmarks.GetNodes().Where(n => n.Level == 0)).ToList();
        Assert.Equal(_headings.Select(h => (h.Text, h.Level - 1)), nodes.Select(n => (n.Title, n.Level)));
        Assert.All(nodes.OfType<DocumentBookmarkNode>(), n => Assert.Contains(n.Title, ReadBack.Lines(pdf.GetPage(n.PageNumber))));
    }

    [Fact]
    public void Contents_entries_point_to_the_pages_holding_their_headings()
    {
        using var pdf = ReadBack.Open(sample.BoardPack);
        var contents = pdf.GetPage(2);
        var entries = ReadBack.Lines(contents).Skip(2).SkipLast(1).Select(Entry).ToList();
        Assert.Equal(_headings.Where(h => h.Level <= 2).Select(h => h.Text), entries.Select(e => e.Title));
        Assert.All(entries, e => Assert.Contains(e.Title, ReadBack.Lines(pdf.GetPage(e.Page))));
        var links = contents.GetAnnotations().Where(a => a.Type == AnnotationType.Link)
            .Select(a => ((GoToAction)a.Action!).Destination.PageNumber).ToList();
        Assert.Equal(entries.Select(e => e.Page), links);
    }

    [Fact]
    public void Table_header_row_is_repeated_on_every_page_the_register_continues_on()
    {
        using var pdf = ReadBack.Open(sample.BoardPack);
        var pages = pdf.GetPages().Where(p => ReadBack.Lines(p).Any(l => Regex.IsMatch(l, @"^A\d{3} Action"))).ToList();
        Assert.True(pages.Count >= 10, $"register spans {pages.Count} pages");
        Assert.All(pages, p => Assert.Contains("Ref Action Owner Due RAG", ReadBack.Lines(p)));
    }

    [Fact]
    public void Every_page_but_the_title_says_page_x_of_y()
    {
        using var pdf = ReadBack.Open(sample.BoardPack);
        var count = pdf.NumberOfPages;
        Assert.DoesNotContain(ReadBack.Lines(pdf.GetPage(1)), l => l.Contains("Page 1 of", StringComparison.Ordinal));
        Assert.All(pdf.GetPages().Skip(1), p => Assert.Contains(ReadBack.Lines(p), l => l.EndsWith($"Page {p.Number} of {count}", StringComparison.Ordinal)));
    }

    [Fact]
    public void Text_is_extractable_including_pound_sign_en_dash_and_accents()
    {
        using var pdf = ReadBack.Open(sample.BoardPack);
        Assert.Contains("Cost of programme: £12,500 – café-style sessions included", ReadBack.Lines(pdf.GetPage(1)));
        Assert.Contains(ReadBack.Lines(pdf.GetPage(3)), l => l.Contains("£12,500 – within budget", StringComparison.Ordinal));
    }

    static (string Title, int Page) Entry(string line)
    {
        var words = line.Split(' ');
        return (string.Join(' ', words[..^1].Where(w => w != ".")).Trim(), int.Parse(words[^1], System.Globalization.CultureInfo.InvariantCulture));
    }

    static IEnumerable<BookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));
}
