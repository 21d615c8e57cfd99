using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IncLead.Documents.Spreadsheets;

/// <summary>
/// Writes a <see cref="Workbook"/> as an .xlsx file: one sheet per table, header row bold and frozen with a filter,
/// column widths from content, numbers and dates as real numbers with formats, text only ever as text. The same
/// workbook (including <see cref="Workbook.Created"/>) always gives the same bytes.
/// </summary>
public static class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    const string WorkbookContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public static byte[] Write(Workbook workbook)
    {
        using var output = new MemoryStream();
        Write(workbook, output);
        return output.ToArray();
    }

    public static void Write(Workbook workbook, Stream output)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(output);
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
            Fill(document, workbook);
        package.Position = 0;
        StableZip.Rewrite(package, output, workbook.Created);
    }

    static void Fill(SpreadsheetDocument document, Workbook workbook)
    {
        // Relationship ids and part names are given, not generated (the SDK and System.IO.Packaging would pick random
        // ones), so every write of the same workbook is the same.
        CoreProperties.Add(document, workbook);
        var workbookPart = document.AddNewPart<WorkbookPart>(WorkbookContentType, "rIdWorkbook");
        var names = SheetNames.Sanitise(workbook.Sheets.Select(s => s.Name));
        var styles = new XlsxStyles();
        var strings = new SharedStrings();
        var sheets = new Sheets();
        var filters = new DefinedNames();
        for (var i = 0; i < workbook.Sheets.Count; i++)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>($"rIdSheet{i + 1}");
            part.Worksheet = SheetWriter.Build(workbook.Sheets[i], styles, strings, out var filterRange);
            sheets.Append(new DocumentFormat.OpenXml.Spreadsheet.Sheet { Name = names[i], SheetId = (uint)(i + 1), Id = $"rIdSheet{i + 1}" });
            if (filterRange is not null)
            {
                filters.Append(new DefinedName($"{Quote(names[i])}!{filterRange}")
                    { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
            }
        }
        workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = styles.Build();
        workbookPart.AddNewPart<SharedStringTablePart>("rIdStrings").SharedStringTable = strings.Build();
        var book = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new BookViews(new WorkbookView()), sheets);
        if (filters.HasChildren)
            book.Append(filters);
        workbookPart.Workbook = book;
    }

    /// <summary>A sheet name as a formula refers to it: in apostrophes, with apostrophes doubled.</summary>
    static string Quote(string sheetName) => "'" + sheetName.Replace("'", "''", StringComparison.Ordinal) + "'";

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
