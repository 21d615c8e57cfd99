using DocumentFormat.OpenXml.Spreadsheet;
using XlsxFonts = DocumentFormat.OpenXml.Spreadsheet.Fonts;

namespace IncLead.Documents.Spreadsheets;

/// <summary>
/// The workbook's cell formats: plain, bold header, text kept as text, and one per number format in use.
/// Built up while the sheets are written, in first-use order, so the same input always gives the same styles part.
/// </summary>
internal sealed class XlsxStyles
{
    public const uint Plain = 0;
    public const uint Header = 1;

    /// <summary>
    /// Text that starts like a formula. A string cell is never calculated, but Excel's quote prefix also keeps it
    /// text if someone edits the cell, as typing an apostrophe first would.
    /// </summary>
    public const uint QuotedText = 2;

    const uint FirstCustomFormat = 164;
    readonly List<string> _formats = [];

    public static string DefaultFormat(ColumnType type) => type switch
    {
        ColumnType.Integer => "#,##0",
        ColumnType.Decimal => "#,##0.00",
        // Day, short month, year: unambiguous on both sides of the Atlantic, and GOV.UK's date style.
        ColumnType.Date => "d mmm yyyy",
        ColumnType.Percent => "0%",
        _ => "General",
    };

    /// <summary>The cell format index for numbers shown with <paramref name="format"/>.</summary>
    public uint ForNumberFormat(string format)
    {
        if (format == "General")
            return Plain;
        var index = _formats.IndexOf(format);
        if (index < 0)
        {
            _formats.Add(format);
            index = _formats.Count - 1;
        }
        return QuotedText + 1 + (uint)index;
    }

    public Stylesheet Build()
    {
        var numberFormats = new NumberingFormats(_formats.Select((code, i) =>
            new NumberingFormat { NumberFormatId = FirstCustomFormat + (uint)i, FormatCode = code })) { Count = (uint)_formats.Count };
        var fonts = new XlsxFonts(Font(bold: false), Font(bold: true)) { Count = 2 };
        // Excel requires the first two fills to be "none" and "gray125".
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 };
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 };
        var cellStyleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 };
        var cellFormats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, QuotePrefix = true });
        for (var i = 0; i < _formats.Count; i++)
            cellFormats.Append(new CellFormat { NumberFormatId = FirstCustomFormat + (uint)i, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true });
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        var cellStyles = new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 };
        var stylesheet = new Stylesheet();
        if (_formats.Count > 0)
            stylesheet.Append(numberFormats);
        stylesheet.Append(fonts, fills, borders, cellStyleFormats, cellFormats, cellStyles);
        return stylesheet;
    }

    static Font Font(bool bold)
    {
        var font = new Font();
        if (bold)
            font.Append(new Bold());
        font.Append(new FontSize { Val = 11 }, new FontName { Val = "Arial" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }
}
