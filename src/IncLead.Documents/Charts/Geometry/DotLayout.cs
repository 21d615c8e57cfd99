using IncLead.Documents.Colours;

namespace IncLead.Documents.Charts.Geometry;

/// <summary>
/// Category labels on the left, a 0 to maximum axis with gridlines below, and per row a line joining the series' dots
/// with each value written on the far side of its dot (so two close values never write over each other). The first
/// series is a filled dot, the second a ring: the two differ in shape as well as colour. A target is a small triangle
/// pointing down at its place on the scale, above the row's dots and values, so it never covers a figure.
/// </summary>
internal static class DotLayout
{
    public static void Add(DotChart chart, Box box, ITextMeasure measure, List<Shape> shapes)
    {
        var size = ChartLayout.LabelSize;
        var radius = size * 0.55;
        // A fifth more than measured: a browser without the document font (Arial or Liberation Sans) draws wider.
        var labelWidth = Math.Min(box.Width * 0.3, chart.Categories.Select(c => measure.Width(c, size, false)).DefaultIfEmpty(0).Max() * 1.2 + 8);
        var valueWidth = measure.Width("0.0", size, false) + radius + 4;
        var plot = new Box(box.X + labelWidth + valueWidth, box.Y, Math.Max(10, box.Width - labelWidth - 2 * valueWidth), box.Height - size - 8 - ChartLayout.LegendBand);
        var max = chart.Maximum > 0 ? chart.Maximum : 1;
        double X(double value) => plot.X + plot.Width * Math.Clamp(value / max, 0, 1);

        for (var tick = 0; tick <= (int)Math.Floor(max); tick++)
        {
            shapes.Add(new LineShape(X(tick), plot.Y, X(tick), plot.Bottom, NhsColours.Border, 0.75));
            shapes.Add(new TextShape(X(tick), plot.Bottom + size + 4, Chart.Format(tick), size, NhsColours.Grey, TextAnchor.Middle));
        }
        var band = plot.Height / Math.Max(1, chart.Categories.Count);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var y = plot.Y + (c + 0.5) * band;
            var baseline = y + size / 3;
            shapes.Add(new TextShape(box.X + labelWidth - 6, baseline, ChartLayout.Fit(chart.Categories[c], labelWidth - 8, size, false, measure), size, NhsColours.Text, TextAnchor.End));
            if (ChartTargets.At(chart.Targets, c) is { } target)
                shapes.Add(TargetMark(X(target), y - radius - 1.5));
            var drawn = Enumerable.Range(0, chart.Series.Count).Where(s => chart.ValueAt(s, c) is not null).ToList();
            var missing = Enumerable.Range(0, chart.Series.Count).Where(s => chart.ValueAt(s, c) is null).ToList();
            if (drawn.Count >= 2)
            {
                var xs = drawn.Select(s => X(chart.ValueAt(s, c)!.Value)).ToList();
                shapes.Add(new LineShape(xs.Min(), y, xs.Max(), y, NhsColours.MidGrey, 2));
            }
            foreach (var s in drawn)
            {
                var x = X(chart.ValueAt(s, c)!.Value);
                Dot(s, x, y, radius, shapes);
                // The higher of two values is labelled on its right, the lower on its left; a lone value on its right.
                var others = drawn.Where(o => o != s).Select(o => chart.ValueAt(o, c)!.Value).ToList();
                var onLeft = others.Count > 0 && (chart.ValueAt(s, c) < others.Max() || (chart.ValueAt(s, c) == others.Max() && s > 0));
                shapes.Add(onLeft
                    ? new TextShape(x - radius - 3, baseline, chart.LabelAt(s, c), size, NhsColours.Text, TextAnchor.End, s == 0)
                    : new TextShape(x + radius + 3, baseline, chart.LabelAt(s, c), size, NhsColours.Text, TextAnchor.Start, s == 0));
            }
            if (missing.Count > 0)
            {
                // Named in the row, at the far end from any dot, rather than drawn at zero.
                var note = string.Join("; ", missing.Select(s => $"{chart.Series[s].Name}: {chart.MissingLabel}"));
                var lowest = drawn.Count > 0 ? drawn.Min(s => X(chart.ValueAt(s, c)!.Value)) : double.MaxValue;
                var atRight = lowest < plot.X + plot.Width / 2;
                var room = atRight ? box.Right - (drawn.Count > 0 ? drawn.Max(s => X(chart.ValueAt(s, c)!.Value)) + valueWidth + 6 : plot.X) : lowest - valueWidth - 6 - plot.X;
                var text = ChartLayout.Fit(note, Math.Max(0, room), size, false, measure);
                if (text.Length == 0)
                    text = ChartLayout.Fit(chart.MissingLabel, Math.Max(0, room), size, false, measure);
                shapes.Add(atRight
                    ? new TextShape(box.Right, baseline, text, size, NhsColours.Grey, TextAnchor.End)
                    : new TextShape(plot.X, baseline, text, size, NhsColours.Grey));
            }
        }
        shapes.Add(new LineShape(plot.X, plot.Bottom, plot.Right, plot.Bottom, NhsColours.Grey, 1));
        Legend(chart, box, measure, radius, shapes);
    }

    static Rgb Colour(int series) => series == 0 ? NhsColours.DarkBlue : NhsColours.Grey;

    static void Dot(int series, double x, double y, double radius, List<Shape> shapes)
    {
        shapes.Add(new CircleShape(x, y, radius, Colour(series)));
        if (series > 0)
            shapes.Add(new CircleShape(x, y, radius * 0.5, NhsColours.White));
    }

    /// <summary>A triangle whose point is at (x, tip) and whose base is above it.</summary>
    internal static PolygonShape TargetMark(double x, double tip) =>
        new([new ChartPoint(x, tip), new ChartPoint(x - 4, tip - 6.5), new ChartPoint(x + 4, tip - 6.5)], RadarLayout.TargetColour, 1, null);

    static void Legend(DotChart chart, Box box, ITextMeasure measure, double radius, List<Shape> shapes)
    {
        const double gap = 16;
        var size = ChartLayout.LabelSize;
        var hasTarget = ChartTargets.Any(chart.Targets);
        var widths = chart.Series.Select(s => 2 * radius + 4 + measure.Width(s.Name, size, false)).ToList();
        if (hasTarget) widths.Add(2 * radius + 4 + measure.Width(ChartTargets.Name, size, false));
        var x = box.X + Math.Max(0, (box.Width - widths.Sum() - gap * (widths.Count - 1)) / 2);
        var y = box.Bottom - ChartLayout.LegendBand / 2;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            Dot(s, x + radius, y, radius, shapes);
            shapes.Add(new TextShape(x + 2 * radius + 4, y + size / 3, chart.Series[s].Name, size, NhsColours.Text));
            x += widths[s] + gap;
        }
        if (hasTarget)
        {
            shapes.Add(TargetMark(x + radius, y + 3.25));
            shapes.Add(new TextShape(x + 2 * radius + 4, y + size / 3, ChartTargets.Name, size, NhsColours.Text));
        }
    }
}
