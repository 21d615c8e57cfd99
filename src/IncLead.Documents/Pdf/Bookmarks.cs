using IncLead.Documents.Layout;
using PdfSharp.Pdf;

namespace IncLead.Documents.Pdf;

/// <summary>The outline (bookmarks): every heading, nested by level, pointing at the page that holds it.</summary>
internal static class Bookmarks
{
    public static void Add(PdfDocument pdf, LaidOutDocument layout, double pageHeight)
    {
        var open = new PdfOutline?[4];
        foreach (var heading in layout.Headings)
        {
            var parent = Enumerable.Range(1, heading.Level - 1).Reverse().Select(level => open[level]).FirstOrDefault(o => o is not null);
            var siblings = parent?.Outlines ?? pdf.Outlines;
            var outline = siblings.Add(heading.Text, pdf.Pages[heading.PageIndex], heading.Level == 1);
            outline.Top = pageHeight - heading.Y;
            open[heading.Level] = outline;
            for (var deeper = heading.Level + 1; deeper < open.Length; deeper++)
                open[deeper] = null;
        }
    }
}
