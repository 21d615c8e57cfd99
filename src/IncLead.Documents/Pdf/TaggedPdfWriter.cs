using IncLead.Documents.Charts.Geometry;
using IncLead.Documents.Colours;
using IncLead.Documents.Layout;
using IncLead.Documents.Model;
using IncLead.Documents.Text;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace IncLead.Documents.Pdf;

/// <summary>
/// Writes laid-out pages as a tagged PDF, each page once and in order (the <see cref="Tagger"/> numbers marked
/// content page by page); everything that depends on later pages was settled by the layout. The structure tree the
/// tagger records is written after PDFsharp has saved the file (<see cref="StructureTreeWriter"/>).
/// </summary>
internal sealed class TaggedPdfWriter(FontBook fonts, LayoutTheme theme)
{
    public (PdfDocument Pdf, Tagger Tags) Write(Document document, LaidOutDocument layout)
    {
        var pdf = new PdfDocument();
        SetMetadata(pdf, document);
        var catalog = pdf.Internals.Catalog;
        catalog.Language = document.Language;
        catalog.Elements["/MarkInfo"] = new PdfLiteral("<</Marked true>>");
        // Filled in with the root's object number once the tree is written after the save (StructureTreeWriter).
        catalog.Elements["/StructTreeRoot"] = new PdfLiteral(StructureTreeWriter.Placeholder);
        pdf.ViewerPreferences.DisplayDocTitle = true;
        pdf.PageMode = PdfPageMode.UseOutlines;
        pdf.PageLayout = PdfPageLayout.OneColumn;
        var tags = new Tagger(layout.Pages.Count);

        for (var index = 0; index < layout.Pages.Count; index++)
        {
            var page = pdf.AddPage();
            page.Size = PageSize.A4;
            using (var gfx = XGraphics.FromPdfPage(page))
            {
                tags.StartPage(gfx, page);
                var text = new TextPainter(gfx, fonts);
                if (!layout.Pages[index].IsTitlePage)
                    RunningHeader(gfx, tags, text, document.Running, index + 1, layout.Pages.Count);
                var painter = new OpPainter(gfx, page, tags, text, fonts, layout, theme.PageHeight);
                foreach (var op in layout.Pages[index].Ops)
                    painter.Paint(op);
                // Close marked content while this page's graphics still exist; the next page opens its own.
                tags.EndPage();
            }
        }
        Bookmarks.Add(pdf, layout, theme.PageHeight);
        return (pdf, tags);
    }

    static void SetMetadata(PdfDocument pdf, Document document)
    {
        var created = document.Created.UtcDateTime;
        pdf.Info.Title = document.Title;
        pdf.Info.Author = document.Author;
        pdf.Info.Subject = document.Subject;
        pdf.Info.Creator = document.Creator;
        pdf.Info.CreationDate = created;
        pdf.Info.ModificationDate = created;
    }

    void RunningHeader(XGraphics gfx, Tagger tags, TextPainter text, RunningText running, int page, int pages)
    {
        var (left, right) = (theme.ContentLeft, theme.ContentLeft + theme.ContentWidth);
        var small = theme.Small;
        var status = small with { Bold = true, Size = 9.5 };
        var pageText = $"Page {page} of {pages}";
        var side = (theme.ContentWidth - fonts.MeasureMixed(running.Status, status)) / 2 - 12;
        tags.BeginArtifact();
        text.Draw(Fit(running.HeaderLeft, small with { Bold = true }, side), small with { Bold = true }, left, theme.HeaderBaseline, NhsColours.Grey);
        text.Draw(Fit(running.HeaderRight, small, side), small, right, theme.HeaderBaseline, NhsColours.Grey, TextAnchor.End);
        if (running.Status.Length > 0)
            text.Draw(running.Status, status, (left + right) / 2, theme.HeaderBaseline, NhsColours.Red, TextAnchor.Middle);
        gfx.DrawLine(text.Pen(theme.Rule, 0.75), left, theme.HeaderBaseline + 8, right, theme.HeaderBaseline + 8);
        gfx.DrawLine(text.Pen(theme.Rule, 0.75), left, theme.FooterBaseline - 13, right, theme.FooterBaseline - 13);
        text.Draw(Fit(running.FooterLeft, small, theme.ContentWidth - fonts.MeasureMixed(pageText, small) - 24), small, left, theme.FooterBaseline, NhsColours.Grey);
        text.Draw(pageText, small, right, theme.FooterBaseline, NhsColours.Grey, TextAnchor.End);
        tags.End();
    }

    string Fit(string value, TextStyle style, double width) => ChartLayout.Fit(value, width, style.Size, style.Bold, fonts);
}
