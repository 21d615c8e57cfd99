using IncLead.Documents.Colours;

namespace IncLead.Documents.Charts.Geometry;

/// <summary>Horizontal bars with category labels on the left and a value axis with gridlines below.</summary>
internal static class BarLayout
{
    public static void Add(BarChart chart, Box box, ITextMeasure measure, List<Shape> shapes)
    {
        var size = ChartLayout.LabelSize;
        var hasTargets = ChartTargets.Any(chart.Targets);
        var legend = chart.Series.Count > 1 || hasTargets;
        var labelWidth = Math.Min(box.Width * 0.38, chart.Categories.Select(c => measure.Width(c, size, false)).DefaultIfEmpty(0).Max() + 8);
        var plot = new Box(box.X + labelWidth, box.Y, box.Width - labelWidth - 24, box.Height - 16 - (legend ? ChartLayout.LegendBand : 0));
        var extent = chart.Extent();
        var step = NiceStep(extent / 5);
        var top = Math.Ceiling(extent / step) * step;
        double X(double value) => plot.X + plot.Width * Math.Clamp(value / top, 0, 1);

        for (var tick = 0.0; tick <= top + step / 2; tick += step)
        {
            shapes.Add(new LineShape(X(tick), plot.Y, X(tick), plot.Bottom, NhsColours.Border, 0.75));
            shapes.Add(new TextShape(X(tick), plot.Bottom + size + 3, Chart.Format(tick), size, NhsColours.Grey, TextAnchor.Middle));
        }
        var count = Math.Max(1, chart.Categories.Count);
        var band = plot.Height / count;
        var thickness = band * 0.7;
        var groups = chart.Mode == BarMode.Grouped ? Math.Max(1, chart.Series.Count) : 1;
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var bandTop = plot.Y + c * band;
            var label = ChartLayout.Fit(chart.Categories[c], labelWidth - 8, size, false, measure);
            shapes.Add(new TextShape(plot.X - 6, bandTop + band / 2 + size / 3, label, size, NhsColours.Text, TextAnchor.End));
            var start = 0.0;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var value = chart.ValueAt(s, c);
                var colour = ChartLayout.SeriesColour(s);
                var barTop = bandTop + (band - thickness) / 2 + (chart.Mode == BarMode.Grouped ? s * thickness / groups : 0);
                var barHeight = thickness / groups;
                var (x0, x1) = (X(start), X(start + value));
                shapes.Add(new RectShape(x0, barTop, Math.Max(0, x1 - x0), barHeight, colour));
                var text = Chart.Format(value);
                var textWidth = measure.Width(text, size - 0.5, false);
                if (chart.Mode == BarMode.Stacked && value > 0 && x1 - x0 >= textWidth + 4 && barHeight >= size)
                    shapes.Add(new TextShape((x0 + x1) / 2, barTop + barHeight / 2 + size / 3, text, size - 0.5, NhsColours.TextOn(colour), TextAnchor.Middle));
                else if (chart.Mode == BarMode.Grouped && barHeight >= size - 2)
                    shapes.Add(new TextShape(x1 + 3, barTop + barHeight / 2 + size / 3, text, size - 0.5, NhsColours.Text));
                if (chart.Mode == BarMode.Stacked)
                    start += value;
            }
            // The target as a line across the whole band, over the bars, so it reads against any of them.
            if (ChartTargets.At(chart.Targets, c) is { } target)
                shapes.Add(new LineShape(X(target), bandTop + 1, X(target), bandTop + band - 1, RadarLayout.TargetColour, 2.5));
        }
        shapes.Add(new LineShape(plot.X, plot.Y, plot.X, plot.Bottom, NhsColours.Grey, 1));
        if (legend)
            ChartLayout.Legend([.. chart.Series.Select((s, i) => (s.Name, ChartLayout.SeriesColour(i))), .. hasTargets ? [(ChartTargets.Name, RadarLayout.TargetColour)] : Array.Empty<(string, Rgb)>()], box, measure, shapes);
    }

    /// <summary>1, 2 or 5 times a power of ten, so axis labels read naturally.</summary>
    static double NiceStep(double rough)
    {
        if (rough <= 0)
            return 1;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * magnitude;
    }
}
