using IncLead.Documents.Layout;

namespace IncLead.Documents.Pdf;

/// <summary>The PDF structure type of each layout tag (constant strings: asked once per table cell).</summary>
internal static class StructureTags
{
    public static string Type(StructTag tag) => tag switch
    {
        StructTag.H1 => "H1",
        StructTag.H2 => "H2",
        StructTag.H3 => "H3",
        StructTag.L => "L",
        StructTag.LI => "LI",
        StructTag.Lbl => "Lbl",
        StructTag.LBody => "LBody",
        StructTag.Table => "Table",
        StructTag.TR => "TR",
        StructTag.TH => "TH",
        StructTag.TD => "TD",
        StructTag.Toc => "TOC",
        StructTag.Toci => "TOCI",
        _ => "P",
    };
}
