using System.Net;
using IncLead.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace IncLead.Tests.Support;

/// <summary>Downloads a report as a browser would and reads it back with PdfPig, as a PDF reader or screen reader would.</summary>
public static class ReportPdf
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// GETs a download and checks it arrives as an attachment with this name and content type. When INCLEAD_SAMPLE_DIR
    /// names a folder the file is also written there, for a person to look at.
    /// </summary>
    public static async Task<byte[]> DownloadAsync(this Browser browser, string url, string fileName, string mediaType = "application/pdf")
    {
        var response = await browser.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var content = await response.Content.ReadAsByteArrayAsync(Ct);
        if (Environment.GetEnvironmentVariable("INCLEAD_SAMPLE_DIR") is { Length: > 0 } folder)
            await File.WriteAllBytesAsync(Path.Combine(folder, fileName), content, Ct);
        return content;
    }

    /// <summary>Every word of every page, one space apart, so a phrase is found wherever its lines wrap.</summary>
    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    /// <summary>Every page's lines, in page order.</summary>
    public static IReadOnlyList<string> Lines(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().SelectMany(Lines)];
    }

    /// <summary>The page's text as lines, top to bottom, words joined by single spaces.</summary>
    public static IReadOnlyList<string> Lines(Page page) => PdfPages.Lines(page);

    /// <summary>
    /// The text of one table column on every page its header row is on, top to bottom: the words below the header that
    /// start between its left edge and the next column's. Cells wrap onto several lines, and PdfPig reads a row line by
    /// line across its cells, so a cell's whole text is only found together within its column.
    /// </summary>
    public static string Column(byte[] pdf, string header, string? next)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new List<string>();
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().ToList();
            // A header row is the column's first word with the next column's first word beside it; a table ends where the next one's header is.
            var heads = words.Where(w => w.Text == header.Split(' ')[0])
                .Select(w => (Head: w, Right: next is null ? page.Width : words.FirstOrDefault(n => n.Text == next.Split(' ')[0]
                    && Math.Abs(n.BoundingBox.Bottom - w.BoundingBox.Bottom) < 1 && n.BoundingBox.Left > w.BoundingBox.Left)?.BoundingBox.Left))
                .Where(h => h.Right is not null).OrderByDescending(h => h.Head.BoundingBox.Bottom).ToList();
            foreach (var (head, right, i) in heads.Select((h, i) => (h.Head, h.Right!.Value, i)))
            {
                var floor = i + 1 < heads.Count ? heads[i + 1].Head.BoundingBox.Top : 50;
                var below = words.Where(w => w.BoundingBox.Top < head.BoundingBox.Bottom && w.BoundingBox.Bottom > floor && w.BoundingBox.Left >= head.BoundingBox.Left - 1 && w.BoundingBox.Left < right - 1);
                text.AddRange(below.GroupBy(w => Math.Round(w.BoundingBox.Bottom / 2)).OrderByDescending(g => g.Key).SelectMany(g => g.OrderBy(w => w.BoundingBox.Left)).Select(w => w.Text));
            }
        }
        return string.Join(' ', text);
    }

    /// <summary>Tagged (a structure tree, marked as tagged), with its title, in British English: what a screen reader needs first.</summary>
    public static void AssertAccessible(byte[] pdf, string title)
    {
        using var document = PdfDocument.Open(pdf);
        var catalog = document.Structure.Catalog.CatalogDictionary;
        Assert.True(catalog.TryGet(NameToken.Create("StructTreeRoot"), out _), "No structure tree: the PDF is not tagged");
        var markInfo = Resolve(document, catalog.Data["MarkInfo"]);
        Assert.True(markInfo?.Data["Marked"] is BooleanToken { Data: true }, "MarkInfo does not say Marked true");
        Assert.Equal("en-GB", Assert.IsType<StringToken>(catalog.Data["Lang"]).Data);
        Assert.Equal(title, document.Information.Title);
    }

    private static DictionaryToken? Resolve(PdfDocument document, IToken token) => token switch
    {
        DictionaryToken dictionary => dictionary,
        IndirectReferenceToken reference => document.Structure.GetObject(reference.Data).Data as DictionaryToken,
        _ => null,
    };
}
