using System.Globalization;
using System.Text;

namespace IncLead.Documents.Spreadsheets;

/// <summary>
/// Writes one table as CSV (RFC 4180): comma-separated, CRLF line ends, fields with commas, quotes or line breaks
/// in double quotes with quotes doubled. UTF-8 with a byte-order mark, which is how Excel knows the file is UTF-8
/// (without it, "£" and "é" come out garbled). Text that a spreadsheet would take for a formula (= + - @ and tab or
/// CR first) is written with a leading apostrophe, so it opens as text: CSV has no other way to say "this is text".
/// Numbers and dates are written invariantly: 1234.5, 2027-03-12, 88%.
/// </summary>
public static class CsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static byte[] Write(Sheet sheet)
    {
        using var output = new MemoryStream();
        Write(sheet, output);
        return output.ToArray();
    }

    public static void Write(Sheet sheet, Stream output)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        WriteRow(writer, sheet.Columns.Select(c => Field(c.Header)));
        foreach (var row in sheet.Rows)
            WriteRow(writer, sheet.Columns.Select((column, c) => Field(c < row.Count ? row[c] : null, column)));
    }

    static void WriteRow(StreamWriter writer, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
                writer.Write(',');
            writer.Write(field);
            first = false;
        }
        writer.WriteLine();
    }

    static string Field(object? value, Column column)
    {
        var cell = CellValue.Read(value, column.Type);
        if (cell.Number is not { } number)
            return Field(cell.Text ?? "");
        return column.Type switch
        {
            ColumnType.Date => DateTime.FromOADate(number).ToString(number % 1 == 0 ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ColumnType.Percent => (number * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%",
            _ => number.ToString("R", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>A text field, guarded against formula injection and quoted where RFC 4180 needs it.</summary>
    static string Field(string text)
    {
        var guarded = CellText.LooksLikeFormula(text);
        if (guarded)
            text = "'" + text;
        return guarded || text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }
}
