using UglyToad.PdfPig.Content;

namespace IncLead.TestSupport;

/// <summary>Reading a PDF page back as a person sees it, shared by both test projects as a linked file.</summary>
public static class PdfPages
{
    /// <summary>The page's text as lines, top to bottom, words joined by single spaces.</summary>
    public static IReadOnlyList<string> Lines(Page page) =>
        [.. page.GetWords()
            .GroupBy(w => Math.Round(w.BoundingBox.Bottom / 2))
            .OrderByDescending(g => g.Key)
            .Select(g => string.Join(' ', g.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text)))];

    /// <summary>Every visible letter's box is inside the page and at least this far from its left and right (and top and bottom) edges.</summary>
    public static void AssertLettersInside(Page page, double marginX, double marginY = 0)
    {
        var box = page.MediaBox.Bounds;
        foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
        {
            var glyph = letter.BoundingBox;
            Assert.True(glyph.Left >= box.Left && glyph.Right <= box.Right && glyph.Bottom >= box.Bottom && glyph.Top <= box.Top,
                $"'{letter.Value}' at {glyph} is outside page {page.Number}");
            Assert.True(glyph.Left >= box.Left + marginX && glyph.Right <= box.Right - marginX && glyph.Bottom >= box.Bottom + marginY && glyph.Top <= box.Top - marginY,
                $"'{letter.Value}' at {glyph} crosses the margin on page {page.Number}");
        }
    }
}
