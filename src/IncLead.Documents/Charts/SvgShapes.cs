using System.Xml;
using IncLead.Documents.Charts.Geometry;
using IncLead.Documents.Colours;
using static IncLead.Documents.Charts.SvgChartRenderer;

namespace IncLead.Documents.Charts;

/// <summary>One SVG element per scene shape, styled with presentation attributes only.</summary>
internal static class SvgShapes
{
    const string Namespace = "http://www.w3.org/2000/svg";

    public static void Write(XmlWriter xml, Shape shape)
    {
        switch (shape)
        {
            case RectShape r:
                Start(xml, "rect", ("x", N(r.X)), ("y", N(r.Y)), ("width", N(r.Width)), ("height", N(r.Height)), ("fill", Paint(r.Fill)));
                Stroke(xml, r.Stroke, r.StrokeWidth);
                break;
            case LineShape l:
                Start(xml, "line", ("x1", N(l.X1)), ("y1", N(l.Y1)), ("x2", N(l.X2)), ("y2", N(l.Y2)));
                Stroke(xml, l.Stroke, l.StrokeWidth);
                break;
            case PolygonShape p:
                Start(xml, "polygon", ("points", string.Join(' ', p.Points.Select(pt => $"{N(pt.X)},{N(pt.Y)}"))), ("fill", Paint(p.Fill)));
                if (p.Fill is not null && p.FillOpacity < 1)
                    Attr(xml, "fill-opacity", N(p.FillOpacity));
                Stroke(xml, p.Stroke, p.StrokeWidth);
                break;
            case CircleShape c:
                Start(xml, "circle", ("cx", N(c.Cx)), ("cy", N(c.Cy)), ("r", N(c.Radius)), ("fill", c.Fill.ToHex()));
                break;
            case TextShape t:
                Start(xml, "text", ("x", N(t.X)), ("y", N(t.Y)), ("font-size", N(t.Size)), ("fill", t.Colour.ToHex()));
                if (t.Anchor != TextAnchor.Start)
                    Attr(xml, "text-anchor", t.Anchor == TextAnchor.Middle ? "middle" : "end");
                if (t.Bold)
                    Attr(xml, "font-weight", "bold");
                xml.WriteString(t.Text);
                break;
            default:
                return;
        }
        xml.WriteEndElement();
    }

    static void Start(XmlWriter xml, string element, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(element, Namespace);
        foreach (var (name, value) in attributes)
            Attr(xml, name, value);
    }

    static void Stroke(XmlWriter xml, Rgb? colour, double width)
    {
        if (colour is not { } stroke)
            return;
        Attr(xml, "stroke", stroke.ToHex());
        Attr(xml, "stroke-width", N(width));
    }

    static string Paint(Rgb? colour) => colour?.ToHex() ?? "none";
}
