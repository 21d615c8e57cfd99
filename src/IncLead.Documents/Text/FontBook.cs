using System.Text;
using IncLead.Documents.Charts.Geometry;
using IncLead.Documents.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace IncLead.Documents.Text;

/// <summary>
/// Fonts and text measurement for one render: XFonts by face and style, widths from PDFsharp's own metrics
/// (cached per string, since PDFsharp does not kern and widths scale with size), and font fallback.
/// Not thread-safe; each render has its own.
/// </summary>
internal sealed class FontBook : IDisposable, ITextMeasure
{
    const double MeasureSize = 100;
    readonly Dictionary<(FontFace, double, bool, bool), XFont> _fonts = [];
    readonly Dictionary<(string, FontFace, bool, bool), double> _widths = [];
    readonly XGraphics _measure;

    public FontBook()
    {
        FontSetup.EnsureInstalled();
        _measure = XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    public XFont Font(FontFace face, TextStyle style)
    {
        var key = (face, style.Size, style.Bold, style.Italic);
        if (!_fonts.TryGetValue(key, out var font))
        {
            var family = face == FontFace.Primary ? EmbeddedFontResolver.Primary : EmbeddedFontResolver.Fallback;
            var fontStyle = (style.Bold ? XFontStyleEx.Bold : 0) | (style.Italic ? XFontStyleEx.Italic : 0);
            font = new XFont(family, style.Size, fontStyle, new XPdfFontOptions(PdfFontEncoding.Unicode));
            _fonts[key] = font;
        }
        return font;
    }

    public double Width(string text, FontFace face, TextStyle style)
    {
        if (text.Length == 0)
            return 0;
        var key = (text, face, style.Bold, style.Italic);
        if (!_widths.TryGetValue(key, out var width))
        {
            width = _measure.MeasureString(text, Font(face, style with { Size = MeasureSize })).Width / MeasureSize;
            _widths[key] = width;
        }
        return width * style.Size;
    }

    double ITextMeasure.Width(string text, double size, bool bold) => MeasureMixed(text, new TextStyle(size, bold));

    /// <summary>Width of text that may need the fallback font.</summary>
    public double MeasureMixed(string text, TextStyle style) =>
        Segment(text).Sum(s => Width(s.Text, s.Face, style));

    /// <summary>
    /// Splits text into pieces each font can draw. Characters neither font has become U+FFFD (or '?'),
    /// so the gap stays visible; invisible format characters are dropped rather than shown as boxes.
    /// </summary>
    public static IReadOnlyList<(string Text, FontFace Face)> Segment(string text)
    {
        var pieces = new List<(string, FontFace)>();
        var current = new StringBuilder();
        var currentFace = FontFace.Primary;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsIgnorable(rune.Value))
                continue;
            var (output, face) = Resolve(rune);
            if (face != currentFace && current.Length > 0)
            {
                pieces.Add((current.ToString(), currentFace));
                current.Clear();
            }
            currentFace = face;
            current.Append(output);
        }
        if (current.Length > 0)
            pieces.Add((current.ToString(), currentFace));
        return pieces;
    }

    static (string, FontFace) Resolve(Rune rune)
    {
        // PDFsharp 6.2.4 writes astral-plane characters (emoji) with a truncated code point, so they would
        // come back as the wrong text; they are treated as missing even where DejaVu has a glyph.
        if (!rune.IsBmp)
            return Replacement;
        if (FontSetup.PrimaryCoverage.Has(rune.Value))
            return (rune.ToString(), FontFace.Primary);
        if (FontSetup.FallbackCoverage.Has(rune.Value))
            return (rune.ToString(), FontFace.Fallback);
        return Replacement;
    }

    static (string, FontFace) Replacement =>
        FontSetup.FallbackCoverage.Has(0xFFFD) ? ("\uFFFD", FontFace.Fallback) : ("?", FontFace.Primary);

    static bool IsIgnorable(int c) =>
        c < 0x20 || c is >= 0x7F and < 0xA0 or >= 0x200B and <= 0x200F or >= 0x202A and <= 0x202E
            or >= 0x2060 and <= 0x206F or >= 0xFE00 and <= 0xFE0F or 0xFEFF or >= 0x1F3FB and <= 0x1F3FF
            or >= 0xE0000 and <= 0xE01EF;

    public void Dispose() => _measure.Dispose();
}
