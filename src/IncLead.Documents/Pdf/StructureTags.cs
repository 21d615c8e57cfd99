using IncLead.Documents.Layout;

namespace IncLead.Documents.Pdf;

/// <summary>The PDF structure type of each layout tag.</summary>
internal static class StructureTags
{
    public static string Type(StructTag tag) => tag switch
    {
        StructTag.Toc => "TOC",
        StructTag.Toci => "TOCI",
        _ => tag.ToString(),
    };
}
