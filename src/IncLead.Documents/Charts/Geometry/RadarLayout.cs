using IncLead.Documents.Colours;

namespace IncLead.Documents.Charts.Geometry;

/// <summary>Rings for each whole scale point, one spoke per axis from the top clockwise, a polygon per series.</summary>
internal static class RadarLayout
{
    public static void Add(RadarChart chart, Box box, ITextMeasure measure, List<Shape> shapes)
    {
        var n = Math.Max(chart.Axes.Count, 3);
        var hasTargets = ChartTargets.Any(chart.Targets);
        var hasLegend = chart.Series.Count > 0 || hasTargets;
        var area = box with { Height = box.Height - (hasLegend ? ChartLayout.LegendBand : 0) };
        var labelWidth = Math.Min(120, chart.Axes.Select(a => measure.Width(a, ChartLayout.LabelSize, false)).DefaultIfEmpty(0).Max());
        var radius = Math.Max(10, Math.Min((area.Width - 2 * labelWidth - 24) / 2, (area.Height - 2 * ChartLayout.LabelSize - 16) / 2));
        var (cx, cy) = (area.X + area.Width / 2, area.Y + area.Height / 2);
        var max = chart.Maximum > 0 ? chart.Maximum : 1;

        ChartPoint At(int axis, double value)
        {
            var angle = -Math.PI / 2 + 2 * Math.PI * axis / n;
            var r = radius * Math.Clamp(value / max, 0, 1);
            return new ChartPoint(cx + r * Math.Cos(angle), cy + r * Math.Sin(angle));
        }

        for (var ring = 1; ring <= (int)Math.Ceiling(max); ring++)
        {
            var value = Math.Min(ring, max);
            shapes.Add(new PolygonShape([.. Enumerable.Range(0, n).Select(a => At(a, value))], null, 0, NhsColours.Border, 0.75));
            var label = At(0, value);
            shapes.Add(new TextShape(label.X + 3, label.Y + 3, Chart.Format(value), ChartLayout.LabelSize - 0.5, NhsColours.Grey));
        }
        for (var a = 0; a < n; a++)
        {
            var end = At(a, max);
            shapes.Add(new LineShape(cx, cy, end.X, end.Y, NhsColours.Border, 0.75));
            if (a < chart.Axes.Count)
                shapes.Add(AxisLabel(chart.Axes[a], a, n, cx, cy, radius + 8, labelWidth, measure));
        }
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var colour = ChartLayout.SeriesColour(s);
            var points = Enumerable.Range(0, n).Select(a => At(a, RadarChart.ValueAt(chart.Series[s], a))).ToList();
            shapes.Add(new PolygonShape(points, colour, 0.15, colour, 2));
            shapes.AddRange(points.Select(p => new CircleShape(p.X, p.Y, 2.5, colour)));
        }
        // Each target as a bar across its spoke, drawn over the polygons so it stays visible where they cover it.
        for (var a = 0; a < chart.Axes.Count; a++)
        {
            if (ChartTargets.At(chart.Targets, a) is not { } target) continue;
            var angle = -Math.PI / 2 + 2 * Math.PI * a / n;
            var (dx, dy) = (-Math.Sin(angle) * TargetHalfLength, Math.Cos(angle) * TargetHalfLength);
            var p = At(a, target);
            shapes.Add(new LineShape(p.X - dx, p.Y - dy, p.X + dx, p.Y + dy, TargetColour, 2.5));
        }
        if (hasLegend)
            ChartLayout.Legend([.. chart.Series.Select((s, i) => (s.Name, ChartLayout.SeriesColour(i))), .. hasTargets ? [(ChartTargets.Name, TargetColour)] : Array.Empty<(string, Rgb)>()], box, measure, shapes);
    }

    public static readonly Rgb TargetColour = NhsColours.Text;
    const double TargetHalfLength = 7;

    static TextShape AxisLabel(string text, int axis, int n, double cx, double cy, double r, double maxWidth, ITextMeasure measure)
    {
        var angle = -Math.PI / 2 + 2 * Math.PI * axis / n;
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var anchor = cos > 0.3 ? TextAnchor.Start : cos < -0.3 ? TextAnchor.End : TextAnchor.Middle;
        var x = cx + r * cos;
        var y = cy + r * sin + (sin > 0.3 ? ChartLayout.LabelSize : sin < -0.3 ? 0 : ChartLayout.LabelSize / 3);
        return new TextShape(x, y, ChartLayout.Fit(text, maxWidth, ChartLayout.LabelSize, false, measure), ChartLayout.LabelSize, NhsColours.Text, anchor);
    }
}
