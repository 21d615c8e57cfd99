using IncLead.Documents.Charts.Geometry;
using IncLead.Documents.Colours;
using IncLead.Documents.Text;
using PdfSharp.Drawing;

namespace IncLead.Documents.Pdf;

/// <summary>Draws laid-out lines and loose strings on a page, switching to the fallback font where needed.</summary>
internal sealed class TextPainter(XGraphics gfx, FontBook fonts)
{
    readonly Dictionary<Rgb, XBrush> _brushes = [];
    readonly Dictionary<(Rgb, double), XPen> _pens = [];

    public void Draw(TextLine line, double x, double baseline, Rgb colour)
    {
        var brush = Brush(colour);
        for (var i = 0; i < line.Fragments.Count; i++)
        {
            var fragment = line.Fragments[i];
            gfx.DrawString(fragment.Text, fonts.Font(fragment.Face, fragment.Style), brush, x + fragment.X, baseline);
        }
    }

    /// <summary>A loose string (running header, chart label), in visual order if it holds right-to-left text.</summary>
    public void Draw(string text, TextStyle style, double x, double baseline, Rgb colour, TextAnchor anchor = TextAnchor.Start)
    {
        var pieces = FontBook.Segment(Bidi.Visual(text));
        var widths = pieces.Select(p => fonts.Width(p.Text, p.Face, style)).ToList();
        var total = widths.Sum();
        x -= anchor switch { TextAnchor.End => total, TextAnchor.Middle => total / 2, _ => 0 };
        for (var i = 0; i < pieces.Count; i++)
        {
            gfx.DrawString(pieces[i].Text, fonts.Font(pieces[i].Face, style), Brush(colour), x, baseline);
            x += widths[i];
        }
    }

    public XBrush Brush(Rgb colour, double opacity = 1)
    {
        if (opacity < 1)
            return new XSolidBrush(XColor.FromArgb((int)Math.Round(opacity * 255), colour.R, colour.G, colour.B));
        if (!_brushes.TryGetValue(colour, out var brush))
            _brushes[colour] = brush = new XSolidBrush(XColor.FromArgb(colour.R, colour.G, colour.B));
        return brush;
    }

    /// <summary>A pen per colour and width, reused for the page (every table cell's border asks for one).</summary>
    public XPen Pen(Rgb colour, double width)
    {
        if (!_pens.TryGetValue((colour, width), out var pen))
            _pens[(colour, width)] = pen = new XPen(XColor.FromArgb(colour.R, colour.G, colour.B), width);
        return pen;
    }
}
