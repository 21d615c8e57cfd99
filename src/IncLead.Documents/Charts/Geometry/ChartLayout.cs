using IncLead.Documents.Colours;

namespace IncLead.Documents.Charts.Geometry;

/// <summary>The one layout step behind both renderers: a chart and a size in, positioned shapes out.</summary>
internal static class ChartLayout
{
    public const double TitleSize = 11;
    public const double LabelSize = 8.5;
    public const double TitleBand = 24;
    public const double LegendBand = 20;

    /// <summary>No chart text is smaller: 8 points in a PDF (issue 10's floor for print).</summary>
    public const double MinimumTextSize = 8;

    public static ChartScene Layout(Chart chart, double width, double height, ITextMeasure measure)
    {
        var shapes = new List<Shape> { new TextShape(0, TitleSize + 2, Fit(chart.Title, width, TitleSize, true, measure), TitleSize, NhsColours.Text, Bold: true) };
        var plot = new Box(0, TitleBand, width, height - TitleBand);
        switch (chart)
        {
            case RadarChart radar: RadarLayout.Add(radar, plot, measure, shapes); break;
            case BarChart bar: BarLayout.Add(bar, plot, measure, shapes); break;
            case Heatmap heatmap: HeatmapLayout.Add(heatmap, plot, measure, shapes); break;
            case DotChart dots: DotLayout.Add(dots, plot, measure, shapes); break;
            default: throw new NotSupportedException($"No layout for {chart.GetType().Name}.");
        }
        return new ChartScene(width, height, shapes);
    }

    /// <summary>Swatch-and-name entries centred in a band at the bottom of <paramref name="box"/>.</summary>
    public static void Legend(IReadOnlyList<(string Name, Rgb Colour)> entries, Box box, ITextMeasure measure, List<Shape> shapes)
    {
        const double swatch = 9, gap = 14;
        var widths = entries.Select(e => swatch + 4 + measure.Width(e.Name, LabelSize, false)).ToList();
        var x = box.X + Math.Max(0, (box.Width - widths.Sum() - gap * (entries.Count - 1)) / 2);
        var y = box.Bottom - LegendBand + 6;
        for (var i = 0; i < entries.Count; i++)
        {
            shapes.Add(new RectShape(x, y, swatch, swatch, entries[i].Colour));
            shapes.Add(new TextShape(x + swatch + 4, y + swatch - 1, entries[i].Name, LabelSize, NhsColours.Text));
            x += widths[i] + gap;
        }
    }

    /// <summary>Shortens text with an ellipsis until it fits <paramref name="maxWidth"/>.</summary>
    public static string Fit(string text, double maxWidth, double size, bool bold, ITextMeasure measure)
    {
        if (measure.Width(text, size, bold) <= maxWidth)
            return text;
        var cut = text.Length;
        while (cut > 1 && measure.Width(string.Concat(text.AsSpan(0, cut), "…"), size, bold) > maxWidth)
            cut--;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
            cut--;
        var shortened = string.Concat(text.AsSpan(0, cut).TrimEnd(), "…");
        // Where not even one letter and the ellipsis fit, nothing is written rather than a label over its neighbour.
        return measure.Width(shortened, size, bold) <= maxWidth ? shortened : "";
    }

    public static Rgb SeriesColour(int index) => NhsColours.Series[index % NhsColours.Series.Count];
}

internal readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Bottom => Y + Height;
}
