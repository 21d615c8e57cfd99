namespace IncLead.Documents.Spreadsheets;

/// <summary>How a column's values are written: as text, or as real numbers and dates that sort and sum in Excel.</summary>
public enum ColumnType
{
    Text,
    Integer,
    Decimal,

    /// <summary>A date (DateOnly, DateTime or DateTimeOffset), stored as an Excel serial number with a date format.</summary>
    Date,

    /// <summary>A fraction shown as a percentage: 0.88 is 88%.</summary>
    Percent,
}

/// <summary>A column: its header text and type, and optionally an Excel number format instead of the type's own.</summary>
public sealed record Column(string Header, ColumnType Type = ColumnType.Text, string? NumberFormat = null);

/// <summary>
/// One table on its own sheet. Each row holds one value per column: a string, a number (any integral or
/// floating-point type, or decimal), a date, or null for an empty cell. A value that does not suit its column's
/// type (text in a number column, say) is written as text rather than guessed at.
/// </summary>
public sealed record Sheet(string Name, IReadOnlyList<Column> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>Sheets to write as one .xlsx file. <see cref="Created"/> is the only clock the writer reads.</summary>
public sealed record Workbook(IReadOnlyList<Sheet> Sheets)
{
    public string Title { get; init; } = "";
    public string Author { get; init; } = "IncLead";
    public DateTimeOffset Created { get; init; } = DateTimeOffset.UnixEpoch;
}
