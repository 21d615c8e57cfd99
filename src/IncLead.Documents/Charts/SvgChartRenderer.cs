using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using IncLead.Documents.Charts.Geometry;
using IncLead.Documents.Text;

namespace IncLead.Documents.Charts;

/// <summary>
/// Renders a chart as accessible inline SVG: role="img" labelled by its title and description, presentation
/// attributes only (no style attributes or script, so a strict Content-Security-Policy allows it), and the same
/// geometry the PDF renderer draws.
/// </summary>
public static class SvgChartRenderer
{
    const string Namespace = "http://www.w3.org/2000/svg";

    /// <param name="chart">The chart.</param>
    /// <param name="width">Width in CSS pixels (the SVG scales to its container through its viewBox).</param>
    /// <param name="height">Height in CSS pixels.</param>
    /// <param name="id">Prefix for the title and description element ids; by default derived from the chart title.</param>
    /// <param name="textSize">
    /// The size in CSS pixels the chart's smallest text is drawn at when the SVG is shown at <paramref name="width"/>:
    /// the chart is laid out in a smaller (or larger) box of user units so that its text comes out at this size. Without
    /// it, one user unit is one pixel and labels are 8.5 pixels.
    /// </param>
    public static string Render(Chart chart, double width = 640, double height = 360, string? id = null, double? textSize = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var fonts = new FontBook();
        var scene = ChartLayout.Layout(chart, width, height, fonts);
        if (textSize is > 0 and var pixels)
        {
            var unitsPerPixel = ChartLayout.LabelSize / pixels;
            scene = ChartLayout.Layout(chart, width * unitsPerPixel, height * unitsPerPixel, fonts);
            // A layout may draw some text smaller than its labels (values in small cells): lay out once more so that
            // the smallest text, not just the labels, reaches the size asked for.
            var smallest = scene.Shapes.OfType<TextShape>().Select(t => t.Size).DefaultIfEmpty(ChartLayout.LabelSize).Min();
            if (smallest < ChartLayout.LabelSize - 0.01)
                scene = ChartLayout.Layout(chart, width * smallest / pixels, height * smallest / pixels, fonts);
        }
        id ??= "chart-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(chart.Title)))[..8];

        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            xml.WriteStartElement("svg", Namespace);
            Attr(xml, "viewBox", $"0 0 {N(scene.Width)} {N(scene.Height)}");
            Attr(xml, "width", N(width));
            Attr(xml, "height", N(height));
            Attr(xml, "role", "img");
            Attr(xml, "aria-labelledby", $"{id}-title {id}-desc");
            Attr(xml, "font-family", "Arial, 'Liberation Sans', Helvetica, sans-serif");
            xml.WriteStartElement("title", Namespace);
            Attr(xml, "id", id + "-title");
            xml.WriteString(chart.Title);
            xml.WriteEndElement();
            xml.WriteStartElement("desc", Namespace);
            Attr(xml, "id", id + "-desc");
            xml.WriteString(chart.Describe());
            xml.WriteEndElement();
            foreach (var shape in scene.Shapes)
                SvgShapes.Write(xml, shape);
            xml.WriteEndElement();
        }
        return output.ToString();
    }

    /// <summary>The size, in chart units (points in a PDF), of the labels every chart writes.</summary>
    public const double LabelSize = ChartLayout.LabelSize;

    internal static void Attr(XmlWriter xml, string name, string value) => xml.WriteAttributeString(name, value);

    internal static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
