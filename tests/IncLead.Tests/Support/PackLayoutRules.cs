using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace IncLead.Tests.Support;

/// <summary>
/// Issue 10's layout rules read back from a real PDF through its tagged marked content (artifacts such as repeated
/// table headers, running header and footer are left out): chart text of at least 8 points; no heading at the foot of a
/// page; a table's header row never on a page without at least two lines of its body unless the table ends there; no
/// page under a fifth full except a section's last; figures in tables right-aligned and with at most one decimal place.
/// </summary>
public static partial class PackLayoutRules
{
    private sealed record Element(string Tag, IReadOnlyList<Letter> Letters)
    {
        public string Text => string.Concat(Letters.Select(l => l.Value)).Trim();
    }

    private static List<Element> Content(Page page)
    {
        var list = new List<Element>();
        void Walk(MarkedContentElement e)
        {
            if (e.IsArtifact) return;
            if (e.Letters.Count > 0) list.Add(new Element(e.Tag, e.Letters));
            foreach (var child in e.Children) Walk(child);
        }
        foreach (var element in page.GetMarkedContents()) Walk(element);
        return list;
    }

    /// <summary>The point size of every letter drawn inside a chart (a Figure), by page.</summary>
    public static IReadOnlyList<(int Page, string Text, double Size)> ChartLetters(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().SelectMany(p => Content(p).Where(e => e.Tag == "Figure")
            .SelectMany(e => e.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => (p.Number, e.Text, l.PointSize))))];
    }

    public static void AssertChartTextAtLeast8Points(byte[] pdf, int charts)
    {
        var letters = ChartLetters(pdf);
        Assert.True(letters.Select(l => l.Text).Distinct().Count() >= charts, $"Only {letters.Select(l => l.Text).Distinct().Count()} charts found");
        var small = letters.Where(l => l.Size < 8 - 0.01).Select(l => $"page {l.Page}: {l.Size:0.0} pt").Distinct().ToList();
        Assert.True(small.Count == 0, "Chart text below 8 pt: " + string.Join("; ", small.Take(10)));
    }

    public static void AssertNoEmbarrassments(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => (p.Number, Content: Content(p))).ToList();
        var failures = new List<string>();
        // The body's height: the tallest page's content, from its first letter's top to its last letter's bottom.
        double Extent(List<Element> content) => content.Count == 0 ? 0
            : content.SelectMany(e => e.Letters).Max(l => l.BoundingBox.Top) - content.SelectMany(e => e.Letters).Min(l => l.BoundingBox.Bottom);
        var full = pages.Max(p => Extent(p.Content));
        for (var i = 1; i < pages.Count; i++) // the cover sheet is its own page
        {
            var (number, content) = pages[i];
            if (content.Count == 0) continue;
            var last = i == pages.Count - 1;
            if (!last && content[^1].Tag is "H1" or "H2" or "H3")
                failures.Add($"page {number} ends with the heading '{content[^1].Text}'");

            var nextFirst = last ? null : pages[i + 1].Content.FirstOrDefault();
            var sectionEnds = last || nextFirst is null || nextFirst.Tag == "H1";
            if (!sectionEnds && Extent(content) < full / 5)
                failures.Add($"page {number} is {Extent(content) / full:P0} full and its section goes on");

            // A header row: a line of cells that are all column headers.
            var lineTags = content.Where(e => e.Tag is "TH" or "TD").SelectMany(e => e.Letters.Select(l => (Line: Math.Round(l.StartBaseLine.Y, 1), e.Tag)))
                .GroupBy(x => x.Line).ToDictionary(g => g.Key, g => g.Select(x => x.Tag).ToHashSet());
            double Line(Element e) => Math.Round(e.Letters[0].StartBaseLine.Y, 1);
            HashSet<double>? body = null;
            string? header = null;
            foreach (var e in content)
            {
                if (e.Tag == "TH" && lineTags[Line(e)].SetEquals(["TH"]))
                {
                    if (body is null || body.Count > 0) header = e.Text;
                    body = [];
                }
                else if (e.Tag is "TD" or "TH" && body is not null)
                    body.Add(Line(e));
                else if (e.Tag is not ("TD" or "TH"))
                    body = null;
            }
            if (body is { Count: < 2 } && nextFirst?.Tag is "TD" or "TH")
                failures.Add($"page {number} ends with the table headed '{header}' and {body.Count} lines of it");

            // Cell backgrounds are drawn as one rectangle per cell: a right-aligned figure ends a cell padding (4 pt) from its cell's right edge.
            var cells = document.GetPage(number).Paths.Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>()
                .Where(r => r.Width > 10 && r.Height > 5).ToList();
            foreach (var figure in content.Where(e => e.Tag == "TD" && Figure().IsMatch(e.Text)))
            {
                if (Decimals().IsMatch(figure.Text))
                    failures.Add($"page {number}: '{figure.Text}' has more than one decimal place");
                var (left, right, middle) = (figure.Letters[0].BoundingBox.Left, figure.Letters[^1].BoundingBox.Right, figure.Letters[0].StartBaseLine.Y);
                var cell = cells.Where(r => r.Left <= left + 0.5 && r.Right >= right - 0.5 && r.Bottom <= middle && r.Top >= middle).OrderBy(r => r.Area).Cast<UglyToad.PdfPig.Core.PdfRectangle?>().FirstOrDefault();
                if (cell is { } c && c.Right - right > 4 + 2)
                    failures.Add($"page {number}: '{figure.Text}' is not right-aligned ({c.Right - right:0.0} pt from its cell's right edge)");
            }

            foreach (var heading in content.Where(e => e.Tag == "TH" && lineTags[Line(e)].SetEquals(["TH"])).Select(e => e.Text))
            {
                if (Jargon().IsMatch(heading))
                    failures.Add($"page {number}: the column heading '{heading}' is not a word a board member uses");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(20)));
    }

    [GeneratedRegex(@"^-?\d[\d,]*(\.\d+)?%?$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(IQR|SD|Std|Id|Item|Category|Series|Mean|Median|N)\b")]
    private static partial Regex Jargon();

    [GeneratedRegex(@"\.\d{2,}")]
    private static partial Regex Decimals();
}
