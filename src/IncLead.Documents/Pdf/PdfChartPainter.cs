using IncLead.Documents.Charts.Geometry;
using IncLead.Documents.Text;
using PdfSharp.Drawing;

namespace IncLead.Documents.Pdf;

/// <summary>Draws a chart scene as PDF vectors: the same shapes the SVG renderer writes.</summary>
internal static class PdfChartPainter
{
    public static void Paint(XGraphics gfx, TextPainter text, ChartScene scene, double left, double top)
    {
        foreach (var shape in scene.Shapes)
        {
            switch (shape)
            {
                case RectShape r when r.Fill is not null || r.Stroke is not null:
                    var pen = r.Stroke is { } stroke ? text.Pen(stroke, r.StrokeWidth) : null;
                    var brush = r.Fill is { } fill ? text.Brush(fill) : null;
                    gfx.DrawRectangle(pen, brush, left + r.X, top + r.Y, r.Width, r.Height);
                    break;
                case LineShape l:
                    gfx.DrawLine(text.Pen(l.Stroke, l.StrokeWidth), left + l.X1, top + l.Y1, left + l.X2, top + l.Y2);
                    break;
                case PolygonShape p when p.Points.Count > 1:
                    var points = p.Points.Select(pt => new XPoint(left + pt.X, top + pt.Y)).ToArray();
                    var polygonPen = p.Stroke is { } line ? text.Pen(line, p.StrokeWidth) : null;
                    var polygonBrush = p.Fill is { } area ? text.Brush(area, p.FillOpacity) : null;
                    gfx.DrawPolygon(polygonPen, polygonBrush, points, XFillMode.Winding);
                    break;
                case CircleShape c:
                    gfx.DrawEllipse(text.Brush(c.Fill), left + c.Cx - c.Radius, top + c.Cy - c.Radius, 2 * c.Radius, 2 * c.Radius);
                    break;
                case TextShape t:
                    text.Draw(t.Text, new TextStyle(t.Size, t.Bold), left + t.X, top + t.Y, t.Colour, t.Anchor);
                    break;
            }
        }
    }
}
