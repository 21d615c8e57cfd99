using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IncLead.Documents.Spreadsheets;

/// <summary>One table as a worksheet: frozen bold header row with a filter, widths from content, typed cells.</summary>
internal static class SheetWriter
{
    public static Worksheet Build(Sheet sheet, XlsxStyles styles, SharedStrings strings, out string? filterRange)
    {
        var columns = sheet.Columns;
        var worksheet = new Worksheet();
        filterRange = null;
        if (columns.Count == 0)
        {
            worksheet.Append(new SheetData());
            return worksheet;
        }
        var values = sheet.Rows.Select(row => columns.Select((column, c) => CellValue.Read(c < row.Count ? row[c] : null, column.Type)).ToArray()).ToList();
        var lastCell = CellReference(columns.Count - 1, values.Count);

        // Frozen header: the pane below row 1 scrolls, the header stays.
        worksheet.Append(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new StringValue("A2")]) })
        { TabSelected = false, WorkbookViewId = 0 }));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 15 });
        worksheet.Append(new Columns(columns.Select((column, c) => new DocumentFormat.OpenXml.Spreadsheet.Column
        {
            Min = (uint)(c + 1),
            Max = (uint)(c + 1),
            Width = ColumnWidths.For(column, values.Select(v => v[c])),
            CustomWidth = true,
        })));

        var formats = columns.Select(column => column.Type == ColumnType.Text
            ? XlsxStyles.Plain
            : styles.ForNumberFormat(column.NumberFormat ?? XlsxStyles.DefaultFormat(column.Type))).ToArray();
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < columns.Count; c++)
            header.Append(TextCell(CellReference(c, 0), CellText.Clean(columns[c].Header), XlsxStyles.Header, strings));
        data.Append(header);
        for (var r = 0; r < values.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 2) };
            for (var c = 0; c < columns.Count; c++)
            {
                var value = values[r][c];
                var reference = CellReference(c, r + 1);
                if (value.Number is { } number)
                    row.Append(new Cell { CellReference = reference, StyleIndex = formats[c], CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(XlsxWriter.Number(number)) });
                else if (value.Text is { } text)
                {
                    var clean = CellText.Clean(text);
                    row.Append(TextCell(reference, clean, CellText.LooksLikeFormula(clean) ? XlsxStyles.QuotedText : XlsxStyles.Plain, strings));
                }
            }
            data.Append(row);
        }
        worksheet.Append(data);
        filterRange = $"$A$1:${ColumnName(columns.Count - 1)}${values.Count + 1}";
        worksheet.Append(new AutoFilter { Reference = $"A1:{lastCell}" });
        return worksheet;
    }

    /// <summary>Text as a shared string: Excel never evaluates a string cell, whatever it starts with.</summary>
    static Cell TextCell(string reference, string text, uint style, SharedStrings strings) => new()
    {
        CellReference = reference,
        DataType = CellValues.SharedString,
        StyleIndex = style == XlsxStyles.Plain ? null : style,
        CellValue = new DocumentFormat.OpenXml.Spreadsheet.CellValue(strings.Add(text).ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    /// <summary>"A1"-style reference of a zero-based column and row.</summary>
    public static string CellReference(int column, int row) => ColumnName(column) + (row + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
