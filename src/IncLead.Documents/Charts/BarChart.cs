using System.Text;

namespace IncLead.Documents.Charts;

public enum BarMode
{
    /// <summary>Series side by side within each category.</summary>
    Grouped,

    /// <summary>Series end to end, e.g. how many board members gave each rating.</summary>
    Stacked,
}

/// <summary>Horizontal bars: one row per category, so long category labels stay readable.</summary>
public sealed record BarChart(string Title, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, BarMode Mode = BarMode.Grouped) : Chart(Title)
{
    /// <summary>The value axis maximum; by default the largest bar (or stacked total).</summary>
    public double? Maximum { get; init; }

    /// <summary>A target per category, null where there is none: drawn as a line across the category's bars, and described and tabled.</summary>
    public IReadOnlyList<double?> Targets { get; init; } = [];

    internal double ValueAt(int series, int category) => RadarChart.ValueAt(Series[series], category);

    internal double Total(int category) => Series.Select((_, s) => ValueAt(s, category)).Sum();

    internal double Extent() => Maximum ?? Math.Max(1, Categories.Select((_, c) =>
        Math.Max(ChartTargets.At(Targets, c) ?? 0, Mode == BarMode.Stacked ? Total(c) : Series.Select((_, s) => ValueAt(s, c)).DefaultIfEmpty(0).Max())).DefaultIfEmpty(0).Max());

    public override string Describe()
    {
        var text = new StringBuilder($"Bar chart: {Title}.");
        for (var c = 0; c < Categories.Count; c++)
        {
            text.Append($" {Categories[c]}: ");
            text.AppendJoin(", ", Series.Select((series, s) => $"{series.Name} {Format(ValueAt(s, c))}"));
            if (ChartTargets.At(Targets, c) is { } target) text.Append($", {ChartTargets.Name.ToLowerInvariant()} {ChartTargets.Level(target)}");
            text.Append('.');
        }
        return text.ToString();
    }

    public override ChartData ToDataTable() => ChartTargets.Any(Targets)
        ? new(["Category", .. Series.Select(s => s.Name), ChartTargets.Name],
            [.. Categories.Select((category, c) => (IReadOnlyList<string>)[category, .. Series.Select((_, s) => Format(ValueAt(s, c))), ChartTargets.Cell(Targets, c)])])
        : new(["Category", .. Series.Select(s => s.Name)],
            [.. Categories.Select((category, c) => (IReadOnlyList<string>)[category, .. Series.Select((_, s) => Format(ValueAt(s, c)))])]);
}
