using System.Globalization;
using System.Text;

namespace IncLead.Documents.Charts;

/// <summary>
/// A dot (dumbbell) chart: one row per category on a 0 to <see cref="Maximum"/> scale, a dot per series joined by a line,
/// each value written beside its dot; e.g. each stage's score this cycle against the last. A missing value (withheld
/// because too few people answered) is not drawn, and the row names it, so it is never read as zero.
/// </summary>
public sealed record DotChart(string Title, IReadOnlyList<string> Categories, IReadOnlyList<DotSeries> Series, double Maximum = 3) : Chart(Title)
{
    /// <summary>What the rows are, as the data table's first column heading says it ("Stage").</summary>
    public string CategoryName { get; init; } = "Item";

    /// <summary>A target per row (null where none), drawn as an upright mark across the row.</summary>
    public IReadOnlyList<double?> Targets { get; init; } = [];

    /// <summary>What a missing value is called where it would have been drawn.</summary>
    public string MissingLabel { get; init; } = "not shown";

    /// <summary>The height in points that gives each row room for its dots and values, plus title, axis and legend.</summary>
    public static double HeightFor(int rows) => 24 + Math.Max(1, rows) * 26 + 20 + 22;

    internal double? ValueAt(int series, int category) =>
        category < Series[series].Values.Count ? Series[series].Values[category] : null;

    static string Value(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    internal string LabelAt(int series, int category) => ValueAt(series, category) is { } v ? Value(v) : MissingLabel;

    /// <summary>The change from the second series to the first, where both are shown.</summary>
    internal double? Change(int category) =>
        Series.Count >= 2 && ValueAt(0, category) is { } now && ValueAt(1, category) is { } before ? now - before : null;

    static string Movement(double change) =>
        Math.Round(change, 1) switch { > 0 => $"up {Value(change)}", < 0 => $"down {Value(-change)}", _ => "no change" };

    public override string Describe()
    {
        var text = new StringBuilder($"Dot chart: {Title}. Scale 0 to {Format(Maximum)}.");
        for (var c = 0; c < Categories.Count; c++)
        {
            text.Append($" {Categories[c]}: ");
            text.AppendJoin(", ", Series.Select((series, s) => $"{series.Name} {LabelAt(s, c)}"));
            if (Change(c) is { } change)
                text.Append($" ({Movement(change)})");
            text.Append('.');
        }
        text.Append(ChartTargets.Describe(Categories, Targets));
        return text.ToString();
    }

    public override ChartData ToDataTable()
    {
        var targets = ChartTargets.Any(Targets);
        return new(
            [CategoryName, .. Series.Select(s => s.Name), .. Series.Count >= 2 ? ["Change"] : Array.Empty<string>(), .. targets ? [ChartTargets.Name] : Array.Empty<string>()],
            [.. Categories.Select((category, c) => (IReadOnlyList<string>)[category, .. Series.Select((_, s) => LabelAt(s, c)),
                .. Series.Count >= 2 ? [Change(c) is { } d ? Movement(d) : "–"] : Array.Empty<string>(),
                .. targets ? [ChartTargets.Cell(Targets, c)] : Array.Empty<string>()])]);
    }
}

/// <summary>A named series of values, one per row; null where a value is withheld.</summary>
public sealed record DotSeries(string Name, IReadOnlyList<double?> Values);
