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
    public static byte[] Render(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var fonts = new FontBook();
        var theme = LayoutTheme.Default;
        var layout = new DocumentLayout(fonts, theme).Run(document);
        using var pdf = new TaggedPdfWriter(fonts, theme).Write(document, layout);
        var seed = string.Join('\n', document.Title, document.Created.ToString("O", CultureInfo.InvariantCulture), layout.Pages.Count,
            string.Join('\n', layout.Headings.Select(h => h.Text)));
        StableOutput.BeforeSave(pdf, seed);
        using var buffer = new MemoryStream();
        pdf.Save(buffer);
        return StableOutput.AfterSave(buffer.ToArray(), seed);
    }

    public static void Render(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Render(document));
    }
}
