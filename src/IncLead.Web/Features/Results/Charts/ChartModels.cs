namespace IncLead.Web.Features.Results.Charts;

// The chart model: what to draw, with no idea how. The web pages render it to SVG here; the PDF reports
// (IncLead.Documents) are meant to draw the same records, so a chart looks the same on screen and on paper.
// Every chart carries a title and a description, which become its text alternative.

/// <summary>Scores around a circle, one axis per item (the five stages), one closed line per series (this year, last year).</summary>
public sealed record RadarChart(string Title, string Description, IReadOnlyList<string> Axes, double Maximum, IReadOnlyList<ChartSeries> Series);

public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, string Colour, bool Dashed = false);

/// <summary>Horizontal bars with a value label each: how many people chose each point of the scale.</summary>
public sealed record BarChart(string Title, string Description, IReadOnlyList<Bar> Bars);

public sealed record Bar(string Label, double Value, string Colour, string ValueLabel);

/// <summary>A grid of coloured cells with a legend: where the board agrees and where it does not.</summary>
public sealed record Heatmap(string Title, string Description, IReadOnlyList<HeatmapRow> Rows, IReadOnlyList<LegendItem> Legend);

public sealed record HeatmapRow(string Label, IReadOnlyList<HeatmapCell> Cells);

public sealed record HeatmapCell(string Label, string Colour, string TextColour, string Detail);

public sealed record LegendItem(string Label, string Colour);

/// <summary>NHS identity colours used by the charts.</summary>
public static class ChartColours
{
    public const string Blue = "#005eb8";
    public const string DarkGrey = "#425563";
    public const string Grey = "#d8dde0";
    public const string Green = "#007f3b";
    public const string WarmYellow = "#ffb81c";
    public const string Red = "#d5281b";
    public const string Black = "#212b32";
    public const string White = "#ffffff";
}
