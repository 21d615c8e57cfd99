using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace IncLead.TestSupport;

/// <summary>
/// Reads a Word file back with the Open XML SDK: validation, headings by style, tables' repeating header rows,
/// pictures' alternative text, and (where LibreOffice is installed) a conversion to PDF. Shared by both test
/// projects as a linked file.
/// </summary>
public sealed class DocxFiles : IDisposable
{
    readonly MemoryStream _stream;

    public DocxFiles(byte[] bytes)
    {
        _stream = new MemoryStream(bytes);
        Document = WordprocessingDocument.Open(_stream, false);
    }

    public WordprocessingDocument Document { get; }

    public Body Body => Document.MainDocumentPart!.Document.Body!;

    /// <summary>The SDK validator's findings, one line each (empty when the file is valid).</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        [.. new OpenXmlValidator().Validate(Document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];

    /// <summary>Fails with the validator's first findings if there are any.</summary>
    public void AssertValid()
    {
        var errors = ValidationErrors();
        Assert.True(errors.Count == 0, $"{errors.Count} validation errors:\n" + string.Join('\n', errors.Take(8)));
    }

    /// <summary>Paragraphs styled Heading1–3, as (level, text), in order.</summary>
    public IReadOnlyList<(int Level, string Text)> Headings() =>
        [.. Body.Descendants<Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, p.InnerText))
            .Where(p => p.Style is "Heading1" or "Heading2" or "Heading3")
            .Select(p => (p.Style![^1] - '0', p.InnerText))];

    public IReadOnlyList<Table> Tables => [.. Body.Descendants<Table>()];

    /// <summary>Every picture's drawing properties (wp:docPr), whose descr is its alternative text.</summary>
    public IReadOnlyList<DW.DocProperties> Pictures => [.. Body.Descendants<DW.DocProperties>()];

    /// <summary>The text of the body, paragraph by paragraph.</summary>
    public string Text => string.Join('\n', Body.Descendants<Paragraph>().Select(p => p.InnerText));

    public static bool RepeatsAsHeader(TableRow row) => row.TableRowProperties?.GetFirstChild<TableHeader>() is not null;

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }

    /// <summary>
    /// Converts the file to PDF with LibreOffice (soffice --headless) and returns the PDF's bytes. Where LibreOffice is
    /// not installed the calling test skips, unless REQUIRE_LIBREOFFICE=1, where it fails instead.
    /// </summary>
    public static byte[] ConvertToPdf(byte[] docx)
    {
        var soffice = Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(d => Path.Combine(d, "soffice")).FirstOrDefault(File.Exists);
        if (soffice is null)
        {
            const string message = "LibreOffice (soffice) is not installed; the Word file's conversion to PDF was NOT checked.";
            if (Environment.GetEnvironmentVariable("REQUIRE_LIBREOFFICE") == "1")
                Assert.Fail(message + " REQUIRE_LIBREOFFICE=1 demands it.");
            Assert.Skip(message);
        }
        var folder = Directory.CreateTempSubdirectory("inclead-docx-");
        try
        {
            var input = Path.Combine(folder.FullName, "pack.docx");
            File.WriteAllBytes(input, docx);
            // A profile of its own, so a LibreOffice already running for someone else does not take the job over.
            var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { $"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--convert-to", "pdf", "--outdir", folder.FullName, input })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "LibreOffice did not finish converting within 3 minutes.");
            var pdf = Path.Combine(folder.FullName, "pack.pdf");
            Assert.True(process.ExitCode == 0 && File.Exists(pdf), $"LibreOffice failed ({process.ExitCode}): {output.Result} {errors.Result}");
            return File.ReadAllBytes(pdf);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
