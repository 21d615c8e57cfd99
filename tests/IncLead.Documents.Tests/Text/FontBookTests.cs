using IncLead.Documents.Fonts;
using IncLead.Documents.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace IncLead.Documents.Tests.Text;

public sealed class FontBookTests
{
    readonly FontBook _fonts = new();

    public static TheoryData<string> Samples() =>
    [
        "Board", "The board agrees that inclusion is everyone's business.", "£12,500 – café “quoted” — é €9",
        "Action 123: publish the équipe summary", "WAVE AVATAR Tea", "✓ Ωmega שלום", "i", " ", "",
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Cached_advances_give_exactly_what_pdfsharp_measures(string text)
    {
        using var measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
        foreach (var (face, family) in new[] { (FontFace.Primary, EmbeddedFontResolver.Primary), (FontFace.Fallback, EmbeddedFontResolver.Fallback) })
        {
            foreach (var style in new[] { new TextStyle(9), new TextStyle(10.5, Bold: true), new TextStyle(14.5, Italic: true), new TextStyle(8.5, true, true) })
            {
                var fontStyle = (style.Bold ? XFontStyleEx.Bold : 0) | (style.Italic ? XFontStyleEx.Italic : 0);
                var font = new XFont(family, 100, fontStyle, new XPdfFontOptions(PdfFontEncoding.Unicode));
                var expected = text.Length == 0 ? 0 : measure.MeasureString(text, font).Width / 100 * style.Size;
                Assert.Equal(expected, _fonts.Width(text, face, style));
            }
        }
    }

    [Fact]
    public void Clean_returns_ordinary_text_itself_and_replaces_what_no_font_has()
    {
        const string ordinary = "Ordinary text – with £ and é";
        Assert.Same(ordinary, FontBook.Clean(ordinary, keepBreaks: false));
        Assert.Equal("a\uFFFDb", FontBook.Clean("a😀b", keepBreaks: false));
        Assert.Equal("ab", FontBook.Clean("a\u200Bb\u0007", keepBreaks: false));
        Assert.Equal("a\nb\tc\nd", FontBook.Clean("a\r\nb\tc\rd", keepBreaks: true));
        Assert.Equal("abcd", FontBook.Clean("a\r\nb\tc\rd", keepBreaks: false));
    }

    [Fact]
    public void Fonts_are_shared_between_renders()
    {
        Assert.Same(_fonts.Font(FontFace.Primary, new TextStyle(9)), new FontBook().Font(FontFace.Primary, new TextStyle(9)));
    }
}
