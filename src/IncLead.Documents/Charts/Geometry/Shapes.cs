using IncLead.Documents.Colours;

namespace IncLead.Documents.Charts.Geometry;

/// <summary>
/// A chart reduced to positioned shapes in points (origin top-left), drawn identically by the SVG and PDF renderers.
/// </summary>
internal sealed record ChartScene(double Width, double Height, IReadOnlyList<Shape> Shapes);

internal abstract record Shape;

internal readonly record struct ChartPoint(double X, double Y);

internal sealed record RectShape(double X, double Y, double Width, double Height, Rgb? Fill, Rgb? Stroke = null, double StrokeWidth = 1) : Shape;

internal sealed record LineShape(double X1, double Y1, double X2, double Y2, Rgb Stroke, double StrokeWidth = 1) : Shape;

internal sealed record PolygonShape(IReadOnlyList<ChartPoint> Points, Rgb? Fill, double FillOpacity, Rgb? Stroke, double StrokeWidth = 1) : Shape;

internal sealed record CircleShape(double Cx, double Cy, double Radius, Rgb Fill) : Shape;

internal enum TextAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>Text whose baseline is at <paramref name="Y"/>, anchored at <paramref name="X"/>.</summary>
internal sealed record TextShape(double X, double Y, string Text, double Size, Rgb Colour, TextAnchor Anchor = TextAnchor.Start, bool Bold = false) : Shape;

/// <summary>Text widths from the document fonts, so chart labels are placed with the metrics they are drawn with.</summary>
internal interface ITextMeasure
{
    double Width(string text, double size, bool bold);
}
