using IncLead.Documents.Charts.Geometry;
using IncLead.Documents.Colours;
using IncLead.Documents.Text;
using PdfSharp.Drawing;

namespace IncLead.Documents.Pdf;

/// <summary>Draws laid-out lines and loose strings on a page, switching to the fallback font where needed.</summary>
internal sealed class TextPainter(XGraphics gfx, FontBook fonts)
{
    readonly Dictionary<Rgb, XBrush> _brushes = [];

    public void Draw(TextLine line, double x, double baseline, Rgb colour)
    {
        foreach (var fragment in line.Fragments)
            gfx.DrawString(fragment.Text, fonts.Font(fragment.Face, fragment.Style), Brush(colour), x + fragment.X, baseline);
    }

    public void Draw(string text, TextStyle style, double x, double baseline, Rgb colour, TextAnchor anchor = TextAnchor.Start)
    {
        var pieces = FontBook.Segment(text);
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

    public static XPen Pen(Rgb colour, double width) => new(XColor.FromArgb(colour.R, colour.G, colour.B), width);
}
