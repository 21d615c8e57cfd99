using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IncLead.Documents.Tests.Spreadsheets;

/// <summary>Reads a written workbook back with the Open XML SDK.</summary>
internal sealed class XlsxReadBack : IDisposable
{
    readonly MemoryStream _stream;

    public XlsxReadBack(byte[] bytes)
    {
        _stream = new MemoryStream(bytes);
        Document = SpreadsheetDocument.Open(_stream, false);
    }

    public SpreadsheetDocument Document { get; }

    public WorkbookPart WorkbookPart => Document.WorkbookPart!;

    public IReadOnlyList<string> SheetNames => [.. WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];

    public Worksheet Worksheet(int index)
    {
        var sheet = WorkbookPart.Workbook.Sheets!.Elements<Sheet>().ElementAt(index);
        return ((WorksheetPart)WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet;
    }

    public Cell Cell(int sheet, string reference) =>
        Worksheet(sheet).Descendants<Cell>().Single(c => c.CellReference?.Value == reference);

    /// <summary>The text of a shared-string cell.</summary>
    public string Text(Cell cell)
    {
        Assert.Equal(CellValues.SharedString, cell.DataType?.Value);
        var index = int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture);
        return WorkbookPart.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(index).InnerText;
    }

    /// <summary>The number format code a cell is shown with.</summary>
    public string NumberFormat(Cell cell)
    {
        var stylesheet = WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var format = stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
        var id = format.NumberFormatId?.Value ?? 0;
        return id == 0 ? "General" : stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId?.Value == id).FormatCode!.Value!;
    }

    public CellFormat Format(Cell cell) =>
        WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}
