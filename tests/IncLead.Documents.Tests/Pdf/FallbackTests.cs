using IncLead.Documents.Charts;
using IncLead.Documents.Model;
using IncLead.Documents.Pdf;
using IncLead.Documents.Tests.Samples;

namespace IncLead.Documents.Tests.Pdf;

public sealed class FallbackTests
{
    const string Mixed = "Welcome שלום مرحبا to 中 the 😀 board 👍🏽 pack ✓ Ωmega";

    [Fact]
    public void Hebrew_arabic_emoji_and_cjk_render_without_error_and_latin_text_survives()
    {
        var document = SampleDocuments.Small(
            new Heading(1, "Languages " + Mixed),
            new Paragraph(Mixed),
            Table.Create(["Script", "Sample"], [TableRow.Of("Mixed", Mixed)]),
            new BulletList([Mixed]));

        var bytes = PdfRenderer.Render(document);

        using var pdf = ReadBack.Open(bytes);
        var text = ReadBack.Text(pdf.GetPage(1));
        Assert.All(["Welcome", "to", "the", "board", "pack", "Languages"], word => Assert.Contains(word, text, StringComparison.Ordinal));
        Assert.Contains("✓", text, StringComparison.Ordinal);
        Assert.Contains("Ω", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hebrew_is_drawn_right_to_left_aligned_right_with_its_reading_order_as_actual_text()
    {
        const string hebrew = "שלום עולם";
        var bytes = PdfRenderer.Render(SampleDocuments.Small(new Paragraph(hebrew)));

        using var pdf = ReadBack.Open(bytes);
        var letters = pdf.GetPage(1).Letters.Where(l => l.Value.Length == 1 && l.Value[0] is >= '\u05D0' and <= '\u05EA').ToList();
        // Read from the right, the letters spell the text: the first letter is the rightmost.
        Assert.Equal(hebrew.Replace(" ", "", StringComparison.Ordinal), string.Concat(letters.OrderByDescending(l => l.BoundingBox.Left).Select(l => l.Value)));
        Assert.True(letters.Max(l => l.BoundingBox.Right) > 500, "a right-to-left paragraph ends at the right margin");
        Assert.Contains("/ActualText", ReadBack.Raw(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_no_font_has_are_replaced_visibly()
    {
        var bytes = PdfRenderer.Render(SampleDocuments.Small(new Paragraph("Smile 😀 please")));

        using var pdf = ReadBack.Open(bytes);
        var text = ReadBack.Text(pdf.GetPage(1));
        Assert.Contains("\uFFFD", text, StringComparison.Ordinal);
        Assert.DoesNotContain("😀", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_and_empty_text_do_not_break_rendering()
    {
        var bytes = PdfRenderer.Render(SampleDocuments.Small(new Paragraph("Bell\u0007 tab\tend\r\nnext"), new Paragraph(""),
            new Heading(2, ""), Table.Create(["", ""], [TableRow.Of("", "")]), new Table([], [], []), new BulletList([]),
            new KeyValueBlock([]), ChartBlock.For(new BarChart("Empty", [], []))));
        using var pdf = ReadBack.Open(bytes);
        Assert.Contains("next", ReadBack.Text(pdf.GetPage(1)), StringComparison.Ordinal);
    }
}
