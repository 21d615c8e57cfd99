using System.Globalization;
using IncLead.Documents.Layout;
using IncLead.Documents.Model;
using IncLead.Documents.Text;

namespace IncLead.Documents.Pdf;

/// <summary>
/// Renders a <see cref="Document"/> as an accessible, tagged PDF on A4 with embedded, subset fonts.
/// The same document (including <see cref="Document.Created"/>) always gives the same bytes.
/// </summary>
public static class PdfRenderer
{
    /// <summary>Room for a typical board pack (about 600 KB), so the output buffer rarely has to grow.</summary>
    const int ExpectedSize = 1 << 20;

    public static byte[] Render(Document document)
    {
        var output = Save(document);
        try
        {
            return output.Written.ToArray();
        }
        finally
        {
            output.Release();
        }
    }

    public static void Render(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var saved = Save(document);
        try
        {
            output.Write(saved.Written);
        }
        finally
        {
            saved.Release();
        }
    }

    static PooledOutput Save(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var fonts = new FontBook();
        var theme = LayoutTheme.Default;
        var layout = new DocumentLayout(fonts, theme).Run(document);
        var (pdf, tags) = new TaggedPdfWriter(fonts, theme).Write(document, layout);
        using var _ = pdf;
        var seed = Seed(document, layout);
        StableOutput.BeforeSave(pdf, seed);
        var output = new PooledOutput(ExpectedSize);
        try
        {
            pdf.Save(output);
            StableOutput.AfterSave(output.Written, seed);
            StructureTreeWriter.Append(output, pdf, tags);
            return output;
        }
        catch
        {
            output.Release();
            throw;
        }
    }

    /// <summary>What the stable ids and font prefixes are derived from: the same document gives the same ids.</summary>
    internal static string Seed(Document document, LaidOutDocument layout) =>
        string.Join('\n', document.Title, document.Created.ToString("O", CultureInfo.InvariantCulture), layout.Pages.Count,
            string.Join('\n', layout.Headings.Select(h => h.Text)));
}
