using System.Text;

namespace IncLead.Documents.Charts;

/// <summary>
/// Scores on several axes (e.g. the five stages) on a 0 to <see cref="Maximum"/> scale, one polygon per series,
/// e.g. "This year" against "Last year".
/// </summary>
public sealed record RadarChart(string Title, IReadOnlyList<string> Axes, IReadOnlyList<ChartSeries> Series, double Maximum = 3) : Chart(Title)
{
    /// <summary>What the axes are, as the data table's first column heading says it ("Stage").</summary>
    public string AxisName { get; init; } = "Item";

    /// <summary>A target per axis, null where there is none: drawn as a mark across the spoke, and described and tabled.</summary>
    public IReadOnlyList<double?> Targets { get; init; } = [];

    public override string Describe()
    {
        var text = new StringBuilder($"Radar chart: {Title}. Scale 0 to {Format(Maximum)} on {Axes.Count} axes.");
        foreach (var series in Series)
        {
            text.Append($" {series.Name}: ");
            text.AppendJoin(", ", Axes.Select((axis, i) => $"{axis} {Format(ValueAt(series, i))}"));
            text.Append('.');
        }
        return text.Append(ChartTargets.Describe(Axes, Targets)).ToString();
    }

    public override ChartData ToDataTable() => ChartTargets.Any(Targets)
        ? new([AxisName, .. Series.Select(s => s.Name), ChartTargets.Name],
            [.. Axes.Select((axis, i) => (IReadOnlyList<string>)[axis, .. Series.Select(s => Format(ValueAt(s, i))), ChartTargets.Cell(Targets, i)])])
        : new([AxisName, .. Series.Select(s => s.Name)],
            [.. Axes.Select((axis, i) => (IReadOnlyList<string>)[axis, .. Series.Select(s => Format(ValueAt(s, i)))])]);

    internal static double ValueAt(ChartSeries series, int index) =>
        index < series.Values.Count ? series.Values[index] : 0;
}
