using IncLead.Documents.Colours;

namespace IncLead.Documents.Model;

public enum CellAlign
{
    Left,
    Centre,
    Right,
}

/// <summary>
/// A table cell. With a <see cref="Fill"/> the text colour is chosen for the best WCAG contrast. <see cref="Links"/>
/// holds a web address for each line of <see cref="Text"/> (split at line feeds), or null for a line that is not a
/// link: the PDF makes those lines link annotations and Word hyperlinks, with the line's own text as the link text.
/// </summary>
public sealed record TableCell(string Text, Rgb? Fill = null, bool Bold = false, CellAlign Align = CellAlign.Left, IReadOnlyList<string?>? Links = null)
{
    /// <summary>The web address of the line-feed-separated paragraph at <paramref name="index"/>, if it is a link.</summary>
    public string? LinkAt(int index) => Links is { } links && index < links.Count ? links[index] : null;

    public static implicit operator TableCell(string text) => new(text);
}

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    public static TableRow Of(params TableCell[] cells) => new(cells);
}

/// <summary>
/// A table whose header rows repeat at the top of every page it continues on.
/// Column widths are relative weights of the text width.
/// </summary>
public sealed record Table(IReadOnlyList<double> ColumnWeights, IReadOnlyList<TableRow> HeaderRows, IReadOnlyList<TableRow> Rows) : Block
{
    /// <summary>A table with one header row of <paramref name="headers"/> and equal column widths unless given.</summary>
    public static Table Create(IReadOnlyList<string> headers, IEnumerable<TableRow> rows, IReadOnlyList<double>? weights = null) =>
        new(weights ?? [.. headers.Select(_ => 1.0)], [new TableRow([.. headers.Select(h => new TableCell(h))])], [.. rows]);

    public int ColumnCount => ColumnWeights.Count;
}
