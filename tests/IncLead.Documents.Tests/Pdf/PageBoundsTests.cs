using System.Text.RegularExpressions;
using IncLead.Documents.Pdf;
using IncLead.Documents.Tests.Samples;
using IncLead.TestSupport;

namespace IncLead.Documents.Tests.Pdf;

public sealed class PageBoundsTests
{
    [Fact]
    public void No_letter_is_drawn_outside_the_page_or_its_margins_even_with_very_long_words()
    {
        using var pdf = ReadBack.Open(PdfRenderer.Render(StressDocument.Create()));
        Assert.True(pdf.NumberOfPages > 20);
        foreach (var page in pdf.GetPages())
            PdfPages.AssertLettersInside(page, marginX: 55);
    }

    [Fact]
    public void Every_line_of_a_row_taller_than_a_page_is_printed_once()
    {
        using var pdf = ReadBack.Open(PdfRenderer.Render(StressDocument.Create()));
        var lines = pdf.GetPages().SelectMany(ReadBack.Lines).SelectMany(l => Regex.Matches(l, @"\bline \d+\b")).Select(m => m.Value).ToList();
        Assert.Equal(6 * 140, lines.Count);
        Assert.All(Enumerable.Range(1, 140), i => Assert.Equal(6, lines.Count(l => l == $"line {i}")));
    }
}
