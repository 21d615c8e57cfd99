using System.Globalization;

namespace IncLead.Documents.Spreadsheets;

/// <summary>
/// Column widths from content, in Excel's unit (about one digit's width): the longest header or value as shown,
/// plus room for the filter button on the header, within sensible bounds.
/// </summary>
internal static class ColumnWidths
{
    const double Min = 8;
    const double Max = 60;

    public static double For(Column column, IEnumerable<CellValue> values)
    {
        // The header is bold and carries the filter drop-down button.
        var widest = LongestLine(column.Header) * 1.1 + 3;
        foreach (var value in values)
            widest = Math.Max(widest, Shown(value, column.Type) + 1);
        return Math.Round(Math.Clamp(widest + 1, Min, Max), 2);
    }

    static double Shown(CellValue value, ColumnType type) => value switch
    {
        { Text: { } text } => LongestLine(text),
        { Number: { } number } => type switch
        {
            ColumnType.Date => 11, // "12 Mar 2027"
            ColumnType.Percent => (number * 100).ToString("0", CultureInfo.InvariantCulture).Length + 1,
            ColumnType.Integer => number.ToString("#,##0", CultureInfo.InvariantCulture).Length,
            _ => number.ToString("#,##0.00", CultureInfo.InvariantCulture).Length,
        },
        _ => 0,
    };

    static int LongestLine(string text)
    {
        var longest = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
            longest = Math.Max(longest, line.Length);
        return longest;
    }
}
