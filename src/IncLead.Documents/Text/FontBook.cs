using System.Collections.Concurrent;
using System.Text;
using IncLead.Documents.Charts.Geometry;
using IncLead.Documents.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace IncLead.Documents.Text;

/// <summary>
/// Fonts and text measurement: XFonts by face and style, widths from PDFsharp's own metrics, and font fallback.
/// Everything is cached per process and thread-safe (fonts, advances and coverage do not change), so a render
/// pays for measuring a character once in the life of the process rather than per string per render.
/// </summary>
internal sealed class FontBook : ITextMeasure
{
    const double MeasureSize = 100;
    const char Replacement = '\uFFFD';

    static readonly ConcurrentDictionary<(FontFace Face, double Size, bool Bold, bool Italic), XFont> _fonts = new();
    static readonly Lazy<FaceMetrics>[] _metrics = [.. Enumerable.Range(0, 8).Select(i => new Lazy<FaceMetrics>(() => CreateMetrics(i)))];

    public FontBook() => FontSetup.EnsureInstalled();

    public XFont Font(FontFace face, TextStyle style) =>
        _fonts.GetOrAdd((face, style.Size, style.Bold, style.Italic), static key => CreateFont(key.Face, key.Size, key.Bold, key.Italic));

    public double Width(string text, FontFace face, TextStyle style) => Width(text.AsSpan(), face, style);

    /// <summary>Width of text that one font draws (see <see cref="Segment"/>).</summary>
    public double Width(ReadOnlySpan<char> text, FontFace face, TextStyle style)
    {
        if (text.IsEmpty)
            return 0;
        var metrics = _metrics[MetricsIndex(face, style.Bold, style.Italic)].Value;
        // PDFsharp's width at 100 pt, per point: the arithmetic the layout has always used, so lines break as before.
        var perPoint = metrics.Advances(text) * MeasureSize / metrics.UnitsPerEm / MeasureSize;
        return perPoint * style.Size;
    }

    double ITextMeasure.Width(string text, double size, bool bold) => MeasureMixed(text, new TextStyle(size, bold));

    /// <summary>Width of text that may need the fallback font.</summary>
    public double MeasureMixed(string text, TextStyle style)
    {
        var clean = Clean(text, keepBreaks: false);
        var total = 0.0;
        for (var start = 0; start < clean.Length;)
        {
            var (length, face) = NextRun(clean, start);
            total += Width(clean.AsSpan(start, length), face, style);
            start += length;
        }
        return total;
    }

    /// <summary>Splits text into pieces each font can draw (see <see cref="Clean"/>).</summary>
    public static IReadOnlyList<(string Text, FontFace Face)> Segment(string text)
    {
        var clean = Clean(text, keepBreaks: false);
        var pieces = new List<(string, FontFace)>(1);
        for (var start = 0; start < clean.Length;)
        {
            var (length, face) = NextRun(clean, start);
            pieces.Add((length == clean.Length ? clean : clean.Substring(start, length), face));
            start += length;
        }
        return pieces;
    }

    /// <summary>The font that draws a character of cleaned text: the primary if it has the glyph, else the fallback.</summary>
    public static FontFace FaceOf(char c) => FontSetup.PrimaryCoverage.Has(c) ? FontFace.Primary : FontFace.Fallback;

    /// <summary>The length and font of the run of same-font characters starting at <paramref name="start"/>.</summary>
    public static (int Length, FontFace Face) NextRun(string clean, int start)
    {
        var face = FaceOf(clean[start]);
        var end = start + 1;
        while (end < clean.Length && FaceOf(clean[end]) == face)
            end++;
        return (end - start, face);
    }

    /// <summary>
    /// Text as the fonts can draw it. Characters neither font has become U+FFFD (or '?'), so the gap stays visible;
    /// invisible format and control characters are dropped rather than shown as boxes. With
    /// <paramref name="keepBreaks"/>, tabs and line feeds stay (CR LF and CR become LF) for the line breaker.
    /// Returns <paramref name="text"/> itself when nothing needs changing, which is nearly always.
    /// </summary>
    public static string Clean(string text, bool keepBreaks)
    {
        foreach (var c in text)
        {
            if (!(keepBreaks && c is '\n' or '\t') && (c < 0x20 || char.IsSurrogate(c) || IsIgnorable(c) || !Covered(c)))
                return Rebuild(text, keepBreaks);
        }
        return text;
    }

    static string Rebuild(string text, bool keepBreaks)
    {
        var output = new StringBuilder(text.Length);
        var normalised = keepBreaks ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
        foreach (var rune in normalised.EnumerateRunes())
        {
            if (keepBreaks && rune.Value is '\n' or '\t')
                output.Append((char)rune.Value);
            // PDFsharp 6.2.4 writes astral-plane characters (emoji) with a truncated code point, so they would
            // come back as the wrong text; they are treated as missing even where DejaVu has a glyph.
            else if (!IsIgnorable(rune.Value))
                output.Append(rune.IsBmp && Covered((char)rune.Value) ? (char)rune.Value : ReplacementChar);
        }
        return output.ToString();
    }

    static bool Covered(char c) => FontSetup.PrimaryCoverage.Has(c) || FontSetup.FallbackCoverage.Has(c);

    static char ReplacementChar => Covered(Replacement) ? Replacement : '?';

    static bool IsIgnorable(int c) =>
        c < 0x20 || c is >= 0x7F and < 0xA0 or >= 0x200B and <= 0x200F or >= 0x202A and <= 0x202E
            or >= 0x2060 and <= 0x206F or >= 0xFE00 and <= 0xFE0F or 0xFEFF or >= 0x1F3FB and <= 0x1F3FF
            or >= 0xE0000 and <= 0xE01EF;

    static int MetricsIndex(FontFace face, bool bold, bool italic) => (int)face * 4 + (bold ? 2 : 0) + (italic ? 1 : 0);

    static FaceMetrics CreateMetrics(int index)
    {
        FontSetup.EnsureInstalled();
        var (face, bold, italic) = ((FontFace)(index / 4), (index & 2) != 0, (index & 1) != 0);
        return new FaceMetrics(Family(face), Style(bold, italic), new XPdfFontOptions(PdfFontEncoding.Unicode));
    }

    static XFont CreateFont(FontFace face, double size, bool bold, bool italic) =>
        new(Family(face), size, Style(bold, italic), new XPdfFontOptions(PdfFontEncoding.Unicode));

    static string Family(FontFace face) => face == FontFace.Primary ? EmbeddedFontResolver.Primary : EmbeddedFontResolver.Fallback;

    static XFontStyleEx Style(bool bold, bool italic) => (bold ? XFontStyleEx.Bold : 0) | (italic ? XFontStyleEx.Italic : 0);
}
