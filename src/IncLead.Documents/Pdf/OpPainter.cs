using System.Globalization;
using IncLead.Documents.Layout;
using IncLead.Documents.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace IncLead.Documents.Pdf;

/// <summary>Replays a page's ops: structure through the <see cref="Tagger"/>, drawing through XGraphics.</summary>
internal sealed class OpPainter(XGraphics gfx, PdfPage page, Tagger tags, TextPainter text, FontBook fonts, LaidOutDocument layout, double pageHeight)
{
    // Whether each open element is an artifact: text inside one is not read out, so needs no ActualText.
    readonly Stack<bool> _open = new();
    int _artifacts;

    public void Paint(PageOp op)
    {
        if (op is not StructureOp)
            tags.BeforeDraw();
        switch (op)
        {
            case BeginTag tag:
                tags.Begin(StructureTags.Type(tag.Tag), tag.Scope);
                Open(false);
                break;
            case BeginArtifact:
                tags.BeginArtifact();
                Open(true);
                break;
            case EndTag:
                tags.End();
                if (_open.TryPop(out var wasArtifact) && wasArtifact)
                    _artifacts--;
                break;
            case TextOp { Line.LogicalText: { } logical } t when _artifacts == 0:
                // Right-to-left text is drawn in visual order; a span's ActualText gives readers the reading order.
                tags.Begin("Span", actualText: logical);
                tags.BeforeDraw();
                text.Draw(t.Line, t.X, t.Baseline, t.Colour);
                tags.End();
                break;
            case BeginFigure figure:
                // The figure's bounding box is in PDF user space (origin bottom-left).
                var bottom = pageHeight - figure.Y - figure.Height;
                tags.Begin("Figure", alt: figure.AltText, boundingBox: [figure.X, bottom, figure.X + figure.Width, bottom + figure.Height]);
                Open(false);
                break;
            case BeginLink link:
                tags.Begin("Link");
                tags.AddAnnotation(page, Link(link));
                Open(false);
                break;
            case TextOp t:
                text.Draw(t.Line, t.X, t.Baseline, t.Colour);
                break;
            case PageNumberOp number:
                var pageNumber = (layout.Headings[number.HeadingIndex].PageIndex + 1).ToString(CultureInfo.InvariantCulture);
                text.Draw(pageNumber, number.Style, number.Right - fonts.Width(pageNumber, FontFace.Primary, number.Style), number.Baseline, number.Colour);
                break;
            case RectOp r:
                var pen = r.Stroke is { } stroke ? text.Pen(stroke, r.StrokeWidth) : null;
                gfx.DrawRectangle(pen, r.Fill is { } fill ? text.Brush(fill) : null, r.X, r.Y, r.Width, r.Height);
                break;
            case LineOp l:
                gfx.DrawLine(text.Pen(l.Colour, l.Width), l.X1, l.Y1, l.X2, l.Y2);
                break;
            case ChartOp chart:
                PdfChartPainter.Paint(gfx, text, chart.Scene, chart.X, chart.Y);
                break;
        }
    }

    void Open(bool artifact)
    {
        _open.Push(artifact);
        if (artifact)
            _artifacts++;
    }

    PdfLinkAnnotation Link(BeginLink link)
    {
        var area = new PdfRectangle(new XPoint(link.X, pageHeight - link.Y - link.Height), new XPoint(link.X + link.Width, pageHeight - link.Y));
        PdfLinkAnnotation annotation;
        if (link.Uri is { } uri)
        {
            annotation = PdfLinkAnnotation.CreateWebLink(area, uri);
        }
        else
        {
            var target = layout.Headings[link.HeadingIndex];
            annotation = PdfLinkAnnotation.CreateDocumentLink(area, target.PageIndex + 1, new XPoint(0, pageHeight - target.Y + 6));
        }
        // PDF/UA: a link annotation describes itself.
        annotation.Contents = link.AltText;
        // PDFsharp stamps each annotation with a fresh GUID and the wall clock (again when Contents is set); both are
        // optional and would make output differ.
        annotation.Elements.Remove(PdfAnnotation.Keys.NM);
        annotation.Elements.Remove(PdfAnnotation.Keys.M);
        return annotation;
    }
}
