using IncLead.Documents.Layout;
using PdfSharp.UniversalAccessibility;

namespace IncLead.Documents.Pdf;

/// <summary>Maps layout tags to PDFsharp's structure element types.</summary>
internal static class StructureTags
{
    public static void Begin(StructureBuilder structure, BeginTag tag)
    {
        switch (tag.Tag)
        {
            case StructTag.Toc:
                structure.BeginElement(PdfGroupingElementTag.TableOfContents);
                return;
            case StructTag.Toci:
                structure.BeginElement(PdfGroupingElementTag.TableOfContentsItem);
                return;
        }
        structure.BeginElement(tag.Tag switch
        {
            StructTag.H1 => PdfBlockLevelElementTag.Heading1,
            StructTag.H2 => PdfBlockLevelElementTag.Heading2,
            StructTag.H3 => PdfBlockLevelElementTag.Heading3,
            StructTag.L => PdfBlockLevelElementTag.List,
            StructTag.LI => PdfBlockLevelElementTag.ListItem,
            StructTag.Lbl => PdfBlockLevelElementTag.Label,
            StructTag.LBody => PdfBlockLevelElementTag.ListBody,
            StructTag.Table => PdfBlockLevelElementTag.Table,
            StructTag.TR => PdfBlockLevelElementTag.TableRow,
            StructTag.TH => PdfBlockLevelElementTag.TableHeaderCell,
            StructTag.TD => PdfBlockLevelElementTag.TableDataCell,
            _ => PdfBlockLevelElementTag.Paragraph,
        });
        if (tag.Scope is { } scope)
            structure.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/" + scope);
    }
}
