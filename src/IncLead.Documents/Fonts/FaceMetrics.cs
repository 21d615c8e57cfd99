using PdfSharp.Drawing;

namespace IncLead.Documents.Fonts;

/// <summary>
/// Advance widths of one font face in font units, as PDFsharp measures them, cached per character for the life of
/// the process and shared by all renders. PDFsharp measures a string as the sum of its characters' advances (no
/// kerning), so summing cached advances gives exactly what <see cref="XGraphics.MeasureString(string, XFont)"/> would,
/// without a string, a lock or a dictionary lookup per measurement. Thread-safe: a character's advance is written
/// once under the lock and read without it (an int write is atomic; a reader that sees "unknown" takes the lock).
/// </summary>
internal sealed class FaceMetrics
{
    const int Unknown = -1;
    static readonly Lock _gate = new();
    static XGraphics? _measure;

    readonly int[] _advances = new int[0x10000];
    readonly XFont _unitFont;

    public FaceMetrics(string family, XFontStyleEx style, XPdfFontOptions options)
    {
        Array.Fill(_advances, Unknown);
        UnitsPerEm = new XFont(family, 100, style, options).Metrics.UnitsPerEm;
        // At a size of one em in font units, PDFsharp's width of one character is its advance in font units.
        _unitFont = new XFont(family, UnitsPerEm, style, options);
    }

    public int UnitsPerEm { get; }

    /// <summary>
    /// The sum of the advances of <paramref name="text"/>, in font units. Text to be drawn never holds surrogates
    /// (FontBook replaces characters outside the Basic Multilingual Plane, which PDFsharp 6.2.4 writes wrongly), so
    /// a surrogate counts as nothing here rather than being measured.
    /// </summary>
    public int Advances(ReadOnlySpan<char> text)
    {
        var sum = 0;
        foreach (var c in text)
        {
            var advance = _advances[c];
            sum += advance >= 0 ? advance : Learn(c);
        }
        return sum;
    }

    int Learn(char c)
    {
        // PDFsharp skips control characters when measuring.
        if (c < 0x20 || char.IsSurrogate(c))
            return _advances[c] = 0;
        lock (_gate)
        {
            _measure ??= XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
            return _advances[c] = (int)Math.Round(_measure.MeasureString(c.ToString(), _unitFont).Width);
        }
    }
}
