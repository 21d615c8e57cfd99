using System.Globalization;
using System.Text;

namespace IncLead.Documents.Charts;

/// <summary>
/// A grid of values (rows × columns), each cell coloured from <see cref="Scale"/> and labelled with its value.
/// A missing value (e.g. suppressed because too few people answered) shows as a dash.
/// </summary>
public sealed record Heatmap(
    string Title,
    IReadOnlyList<string> RowLabels,
    IReadOnlyList<string> ColumnLabels,
    IReadOnlyList<IReadOnlyList<double?>> Values,
    ColourScale Scale) : Chart(Title)
{
    /// <summary>How cell values are written.</summary>
    public string ValueFormat { get; init; } = "0.0";

    /// <summary>Named bands for the legend (for example "Divided (2 or more)"); without them the legend lists the scale's stops.</summary>
    public IReadOnlyList<LegendBand>? Bands { get; init; }

    /// <summary>A row may be shorter than the columns (a factor with fewer statements): its missing cells are left blank.</summary>
    internal bool HasCell(int row, int column) => row < Values.Count && column < Values[row].Count;

    internal double? ValueAt(int row, int column) => HasCell(row, column) ? Values[row][column] : null;

    internal string LabelAt(int row, int column) =>
        !HasCell(row, column) ? "" : ValueAt(row, column)?.ToString(ValueFormat, CultureInfo.InvariantCulture) ?? "–";

    public override string Describe()
    {
        var text = new StringBuilder($"Heatmap: {Title}. {RowLabels.Count} rows by {ColumnLabels.Count} columns.");
        for (var r = 0; r < RowLabels.Count; r++)
        {
            text.Append($" {RowLabels[r]}: ");
            text.AppendJoin(", ", ColumnLabels.Select((column, c) => (column, c)).Where(x => HasCell(r, x.c)).Select(x => $"{x.column} {LabelAt(r, x.c)}"));
            text.Append('.');
        }
        return text.ToString();
    }

    public override ChartData ToDataTable() => new(
        ["", .. ColumnLabels],
        [.. RowLabels.Select((row, r) => (IReadOnlyList<string>)[row, .. ColumnLabels.Select((_, c) => LabelAt(r, c))])]);
}

/// <summary>A legend entry naming a band of values and its colour.</summary>
public sealed record LegendBand(string Label, Colours.Rgb Colour);
