using PdfSharp.Pdf.Annotations;

namespace IncLead.Documents.Pdf;

/// <summary>
/// An element of the PDF structure tree (a heading, a table cell...), built while the pages are drawn and written
/// out after them by <see cref="StructureTreeWriter"/>. Its kids, in reading order, are child elements, marked
/// content on a page (an MCID) and annotations (a link's clickable area).
/// </summary>
internal sealed class StructElement(string type, StructElement? parent)
{
    public string Type { get; } = type;
    public StructElement? Parent { get; } = parent;
    public List<object> Kids { get; } = [];

    /// <summary>The page of the element's first marked content: its /Pg.</summary>
    public int? PageIndex { get; set; }

    public string? Alt { get; init; }
    public string? ActualText { get; init; }

    /// <summary>For table header cells: Column or Row.</summary>
    public string? Scope { get; init; }

    /// <summary>For figures: the bounding box in PDF user space (x1, y1, x2, y2).</summary>
    public double[]? BoundingBox { get; init; }

    /// <summary>Set when the tree is written.</summary>
    public int ObjectNumber { get; set; }
}

/// <summary>Marked content number <paramref name="Mcid"/> on page <paramref name="PageIndex"/>.</summary>
internal readonly record struct MarkedContentKid(int PageIndex, int Mcid);

/// <summary>An annotation on page <paramref name="PageIndex"/>, reached from its element by an object reference.</summary>
internal sealed record AnnotationKid(PdfAnnotation Annotation, int PageIndex);
