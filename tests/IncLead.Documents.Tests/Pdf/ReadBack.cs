using System.Text;
using IncLead.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace IncLead.Documents.Tests.Pdf;

/// <summary>Reading rendered PDFs back with PdfPig, as a person's PDF reader or screen reader would.</summary>
internal static class ReadBack
{
    public static PdfDocument Open(byte[] pdf) => PdfDocument.Open(pdf);

    /// <summary>The page's text as lines, top to bottom, words joined by single spaces.</summary>
    public static IReadOnlyList<string> Lines(Page page) => PdfPages.Lines(page);

    public static string Text(Page page) => string.Join('\n', Lines(page));

    /// <summary>The raw file as Latin-1 text: PDFsharp writes every dictionary uncompressed, so structure can be searched.</summary>
    public static string Raw(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    public static DictionaryToken? Catalog(PdfDocument document, string key) =>
        document.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Create(key), out var token) ? Resolve(document, token) : null;

    public static DictionaryToken? Resolve(PdfDocument document, IToken token) => token switch
    {
        DictionaryToken dictionary => dictionary,
        IndirectReferenceToken reference => document.Structure.GetObject(reference.Data).Data as DictionaryToken,
        _ => null,
    };
}
