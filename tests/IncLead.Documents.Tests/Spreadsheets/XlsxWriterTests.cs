using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Spreadsheet;
using IncLead.Documents.Spreadsheets;
using IncLead.Documents.Tests.Samples;
using Column = IncLead.Documents.Spreadsheets.Column;
using Sheet = IncLead.Documents.Spreadsheets.Sheet;
using Workbook = IncLead.Documents.Spreadsheets.Workbook;

namespace IncLead.Documents.Tests.Spreadsheets;

public sealed class XlsxWriterTests
{
    readonly byte[] _bytes = XlsxWriter.Write(SampleWorkbook.Create());

    [Fact]
    public void Sheets_are_named_and_sanitised_in_order()
    {
        using var book = new XlsxReadBack(_bytes);
        Assert.Equal(["Results (anonymised)", "EDS grades- 2026-27", "Actions"], book.SheetNames);
    }

    [Fact]
    public void Header_row_is_bold_with_the_column_headers()
    {
        using var book = new XlsxReadBack(_bytes);
        var headers = book.Worksheet(2).Descendants<Row>().First().Elements<Cell>().ToList();
        Assert.Equal(["Ref", "Action", "Due", "RAG", "Cost (£)"], headers.Select(book.Text));
        Assert.All(headers, cell => Assert.True(book.WorkbookPart.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>()
            .ElementAt((int)book.Format(cell).FontId!.Value).Bold is not null));
    }

    [Fact]
    public void Header_row_is_frozen_and_filtered()
    {
        using var book = new XlsxReadBack(_bytes);
        for (var s = 0; s < 3; s++)
        {
            var sheet = book.Worksheet(s);
            var pane = sheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal(1, pane.VerticalSplit!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            var rows = sheet.Descendants<Row>().Count();
            var columns = sheet.Descendants<Row>().First().Elements<Cell>().Count();
            Assert.Equal($"A1:{(char)('A' + columns - 1)}{rows}", sheet.Elements<AutoFilter>().Single().Reference!.Value);
        }
        var filters = book.WorkbookPart.Workbook.DefinedNames!.Elements<DefinedName>().ToList();
        Assert.Equal(3, filters.Count);
        Assert.All(filters, f => Assert.Equal("_xlnm._FilterDatabase", f.Name!.Value));
        Assert.Equal("'Actions'!$A$1:$E$5", filters[2].Text);
    }

    [Fact]
    public void Numbers_and_dates_are_real_numbers_with_formats()
    {
        using var book = new XlsxReadBack(_bytes);
        var respondents = book.Cell(0, "B2");
        Assert.Null(respondents.DataType);
        Assert.Equal("13", respondents.CellValue!.Text);
        Assert.Equal("#,##0", book.NumberFormat(respondents));
        Assert.Equal("1.75", book.Cell(0, "C2").CellValue!.Text);
        Assert.Equal("#,##0.00", book.NumberFormat(book.Cell(0, "C2")));
        var agreement = book.Cell(0, "D2");
        Assert.Equal(0.6, double.Parse(agreement.CellValue!.Text, CultureInfo.InvariantCulture), 10);
        Assert.Equal("0%", book.NumberFormat(agreement));

        var due = book.Cell(2, "C2");
        Assert.Null(due.DataType);
        Assert.Equal(new DateTime(2027, 4, 30), DateTime.FromOADate(double.Parse(due.CellValue!.Text, CultureInfo.InvariantCulture)));
        Assert.Equal("d mmm yyyy", book.NumberFormat(due));
        Assert.Equal(new DateTime(2027, 6, 2), DateTime.FromOADate(double.Parse(book.Cell(2, "C4").CellValue!.Text, CultureInfo.InvariantCulture)));
        Assert.Equal("1250.5", book.Cell(2, "E2").CellValue!.Text);
        Assert.Equal("-20", book.Cell(2, "E4").CellValue!.Text);
    }

    [Fact]
    public void Text_is_text_and_what_does_not_suit_a_column_is_kept_as_text()
    {
        using var book = new XlsxReadBack(_bytes);
        Assert.Equal("Publish the équipe summary", book.Text(book.Cell(2, "B2")));
        Assert.Equal("Line one\nline two, with a \"quote\"", book.Text(book.Cell(2, "B5")));
        Assert.Equal("not a number", book.Text(book.Cell(2, "E5")));
        Assert.DoesNotContain(book.Worksheet(2).Descendants<Cell>(), c => c.CellReference == "C5" || c.CellReference == "E3");
    }

    [Fact]
    public void Text_that_looks_like_a_formula_is_never_a_formula()
    {
        using var book = new XlsxReadBack(_bytes);
        Assert.Empty(book.Document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        var injected = book.Cell(2, "B3");
        Assert.Equal("=HYPERLINK(\"http://example.invalid\",\"Click\")", book.Text(injected));
        Assert.True(book.Format(injected).QuotePrefix?.Value);
        Assert.True(book.Format(book.Cell(2, "B4")).QuotePrefix?.Value);
        Assert.NotEqual(true, book.Format(book.Cell(2, "B2")).QuotePrefix?.Value);
    }

    [Fact]
    public void Column_widths_follow_the_content()
    {
        using var book = new XlsxReadBack(_bytes);
        var widths = book.Worksheet(2).Descendants<DocumentFormat.OpenXml.Spreadsheet.Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(5, widths.Count);
        Assert.True(widths[1] > widths[0] * 2, "the action column is wider than the reference column");
        Assert.All(widths, w => Assert.InRange(w, 8, 60));
    }

    [Fact]
    public void The_same_workbook_gives_identical_bytes()
    {
        Assert.True(_bytes.AsSpan().SequenceEqual(XlsxWriter.Write(SampleWorkbook.Create())));
        using var zip = new ZipArchive(new MemoryStream(_bytes));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2027, 3, 12, 9, 30, 0), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void The_package_passes_the_open_xml_validator()
    {
        using var book = new XlsxReadBack(_bytes);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(book.Document, TestContext.Current.CancellationToken)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Title_author_and_dates_are_in_the_package_properties()
    {
        using var book = new XlsxReadBack(_bytes);
        var properties = book.Document.PackageProperties;
        Assert.Equal("Board pack data 2026/27", properties.Title);
        Assert.Equal("Equality lead", properties.Creator);
        Assert.Equal(new DateTime(2027, 3, 12, 9, 30, 0), properties.Created!.Value.ToUniversalTime());
    }

    [Fact]
    public void Awkward_input_does_not_throw()
    {
        var workbook = new Workbook(
        [
            new Sheet("", [], []),
            new Sheet("Empty", [new Column("Only header")], []),
            new Sheet("Odd", [new Column("Text"), new Column("Number", ColumnType.Decimal), new Column("Date", ColumnType.Date)],
                [["bell\u0007 and lone \uD800 surrogate 😀", double.NaN, new DateOnly(1800, 1, 1)], ["short row"], [new string('x', 40_000), 1, 2, 3]]),
        ]);
        using var book = new XlsxReadBack(XlsxWriter.Write(workbook));
        Assert.Equal(["Sheet1", "Empty", "Odd"], book.SheetNames);
        Assert.Equal("bell and lone  surrogate 😀", book.Text(book.Cell(2, "A2")));
        Assert.Equal("NaN", book.Text(book.Cell(2, "B2")));
        Assert.Equal("1800-01-01", book.Text(book.Cell(2, "C2")));
        Assert.Equal(32_767, book.Text(book.Cell(2, "A4")).Length);
    }

    [Fact]
    public void A_single_sheet_round_trips_many_rows()
    {
        var rows = Enumerable.Range(1, 500).Select(i => (IReadOnlyList<object?>)[$"A{i:000}", i]).ToList();
        using var book = new XlsxReadBack(XlsxWriter.Write(new Workbook([new Sheet("Register", [new Column("Ref"), new Column("N", ColumnType.Integer)], rows)])));
        Assert.Equal("500", book.Cell(0, "B501").CellValue!.Text);
        Assert.Equal("A500", book.Text(book.Cell(0, "A501")));
    }

}
