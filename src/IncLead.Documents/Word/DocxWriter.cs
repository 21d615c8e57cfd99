using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IncLead.Documents.Spreadsheets;

namespace IncLead.Documents.Word;

/// <summary>
/// Writes a <see cref="Model.Document"/> as an editable Word file (.docx): the same blocks the PDF renderer draws,
/// with Heading 1–3 styles, tables whose header rows repeat, charts as PNG pictures with alternative text, page
/// numbers in the footer, title, author and language in the properties. The same document (including
/// <see cref="Model.Document.Created"/>) always gives the same bytes.
/// </summary>
public static class DocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static byte[] Write(Model.Document document)
    {
        using var output = new MemoryStream();
        Write(document, output);
        return output.ToArray();
    }

    public static void Write(Model.Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
            Fill(word, document);
        package.Position = 0;
        StableZip.Rewrite(package, output, document.Created);
    }

    static void Fill(WordprocessingDocument word, Model.Document document)
    {
        // Relationship ids are given, not generated, so every write of the same document is the same.
        CoreProperties.Add(word, document.Title, document.Author, document.Created, document.Language);
        var main = word.AddNewPart<MainDocumentPart>(MainContentType, "rIdDocument");
        Feed(main.AddNewPart<StyleDefinitionsPart>("rIdStyles"), WordStyles.Styles);
        Feed(main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering"), WordStyles.Numbering);
        Feed(main.AddNewPart<DocumentSettingsPart>("rIdSettings"), WordStyles.Settings);

        var body = new Body();
        var blocks = new WordBlocks(main);
        foreach (var element in blocks.Write(document))
            body.Append(element);
        body.Append(WordPage.Section(main, document.Running, document.Blocks.FirstOrDefault() is Model.TitlePage));
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
    }

    static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(new UTF8Encoding(false).GetBytes(xml));
        part.FeedData(stream);
    }
}
