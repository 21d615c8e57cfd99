using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IncLead.Documents.Charts;
using IncLead.Documents.Model;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace IncLead.Documents.Word;

/// <summary>
/// Charts as inline PNG pictures at the PDF's size (text width by the block's height), drawn from the same chart
/// layout; the picture's description (<c>wp:docPr/@descr</c>) is the block's alternative text and its title the chart's.
/// </summary>
internal sealed class WordCharts(MainDocumentPart main)
{
    const long EmuPerPoint = 12700;
    const double TextWidth = WordPage.ContentWidth / 20.0;
    uint _count;

    public W.Paragraph Picture(ChartBlock block)
    {
        var id = ++_count;
        var relationship = $"rIdChart{id}";
        var height = Math.Clamp(block.Height, 80, 680);
        var image = main.AddImagePart(ImagePartType.Png, relationship);
        using (var png = new MemoryStream(PngChartRenderer.Render(block.Chart, TextWidth, height)))
            image.FeedData(png);

        var (cx, cy) = ((long)Math.Round(TextWidth * EmuPerPoint), (long)Math.Round(height * EmuPerPoint));
        var alt = WordText.Clean(block.AltText);
        var title = WordText.Clean(block.Chart.Title);
        var name = $"Chart {id}";
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = id, Name = name, Description = alt, Title = title },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png", Description = alt },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };

        return new W.Paragraph(
            new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = "Figure" } },
            new Run(new Drawing(inline)));
    }
}
