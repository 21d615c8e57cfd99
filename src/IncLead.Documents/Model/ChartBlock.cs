using IncLead.Documents.Charts;

namespace IncLead.Documents.Model;

/// <summary>
/// A chart drawn as vectors, tagged as a figure with <see cref="AltText"/>.
/// With <see cref="IncludeDataTable"/> the chart's data follows it as a table.
/// </summary>
public sealed record ChartBlock : Block
{
    public ChartBlock(Chart chart, string altText, double height = 240, bool includeDataTable = false)
    {
        if (string.IsNullOrWhiteSpace(altText))
            throw new ArgumentException("A chart needs alternative text for screen reader users.", nameof(altText));
        Chart = chart;
        AltText = altText;
        Height = height;
        IncludeDataTable = includeDataTable;
    }

    /// <summary>A chart block whose alternative text is the chart's generated description.</summary>
    public static ChartBlock For(Chart chart, double height = 240, bool includeDataTable = false) =>
        new(chart, chart.Describe(), height, includeDataTable);

    public Chart Chart { get; }
    public string AltText { get; }
    public double Height { get; }
    public bool IncludeDataTable { get; }
}
