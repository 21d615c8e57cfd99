using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IncLead.Documents.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace IncLead.Documents.Word;

/// <summary>
/// The page: A4 with the PDF's margins, the running header (organisation, status, document) and footer
/// (classification, "Page X of Y" from PAGE and NUMPAGES fields, so the numbers stay right after editing).
/// A title page has its own empty header and footer, as in the PDF.
/// </summary>
internal static class WordPage
{
    /// <summary>The PDF's text width, 483.28 pt, in twentieths of a point.</summary>
    public const int ContentWidth = 9666;

    public static SectionProperties Section(MainDocumentPart main, RunningText running, bool titlePage)
    {
        var header = main.AddNewPart<HeaderPart>("rIdHeader");
        header.Header = new Header(Line("Header", [Text(running.HeaderLeft), Tab(), Text(running.Status, bold: true), Tab(), Text(running.HeaderRight)]));
        var footer = main.AddNewPart<FooterPart>("rIdFooter");
        footer.Footer = new Footer(Line("Footer", [Text(running.FooterLeft), Tab(), Tab(), Text("Page "), Field("PAGE", "1"), Text(" of "), Field("NUMPAGES", "1")]));
        var section = new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader" },
            new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter" });
        if (titlePage)
        {
            main.AddNewPart<HeaderPart>("rIdHeaderFirst").Header = new Header(new W.Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Header" })));
            main.AddNewPart<FooterPart>("rIdFooterFirst").Footer = new Footer(new W.Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" })));
            section.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = "rIdHeaderFirst" },
                new FooterReference { Type = HeaderFooterValues.First, Id = "rIdFooterFirst" });
        }
        // A4; margins as the PDF's (56 pt at the sides, text from 80 pt to 64 pt above the bottom edge).
        section.Append(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1600, Bottom = 1280, Left = 1120, Right = 1120, Header = 640, Footer = 560, Gutter = 0 });
        if (titlePage)
            section.Append(new W.TitlePage());
        return section;
    }

    static W.Paragraph Line(string style, IEnumerable<OpenXmlElement> content) =>
        new([new ParagraphProperties(new ParagraphStyleId { Val = style }), .. content]);

    static Run Text(string text, bool bold = false)
    {
        var run = new Run();
        if (bold)
            run.RunProperties = new RunProperties(new Bold(), new BoldComplexScript());
        run.Append(new W.Text(WordText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    static Run Tab() => new(new TabChar());

    static SimpleField Field(string instruction, string shown) =>
        new(new Run(new W.Text(shown))) { Instruction = $" {instruction} " };
}
