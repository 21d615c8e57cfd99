using IncLead.Documents.Model;
using IncLead.Documents.Pdf;
using IncLead.Documents.Spreadsheets;
using IncLead.Documents.Word;
using Microsoft.AspNetCore.Mvc;

namespace IncLead.Web.Reporting;

/// <summary>A rendered report ready to send: its bytes, content type and download name.</summary>
public sealed record ReportFile(byte[] Content, string ContentType, string FileName)
{
    public const string PdfContentType = "application/pdf";

    public static ReportFile Pdf(Document document, string fileName) => new(PdfRenderer.Render(document), PdfContentType, fileName);

    /// <summary>The same document as an editable Word file, for a board secretary's own template.</summary>
    public static ReportFile Docx(Document document, string fileName) => new(DocxWriter.Write(document), DocxWriter.ContentType, fileName);

    public static ReportFile Xlsx(Workbook workbook, string fileName) => new(XlsxWriter.Write(workbook), XlsxWriter.ContentType, fileName);

    public static ReportFile Csv(Sheet sheet, string fileName) => new(CsvWriter.Write(sheet), CsvWriter.ContentType, fileName);

    /// <summary>As an attachment, so the browser saves it under <see cref="FileName"/> rather than guessing one.</summary>
    public FileContentResult ToResult() => new(Content, ContentType) { FileDownloadName = FileName };
}
