using IncLead.Documents.Charts.Geometry;
using IncLead.Documents.Colours;
using IncLead.Documents.Text;

namespace IncLead.Documents.Layout;

/// <summary>
/// One instruction for the PDF writer, in reading order. Positions are in points from the top-left; inside a
/// <see cref="Slab"/> they are relative to the slab's top until the paginator places it.
/// </summary>
internal abstract record PageOp
{
    public virtual PageOp Shift(double dy) => this;
}

/// <summary>Opens or closes structure; stripped from header rows repeated as artifacts.</summary>
internal abstract record StructureOp : PageOp;

internal enum StructTag
{
    H1, H2, H3, P, L, LI, Lbl, LBody, Table, TR, TH, TD, Toc, Toci,
}

internal sealed record BeginTag(StructTag Tag, string? Scope = null) : StructureOp;

internal sealed record BeginArtifact : StructureOp
{
    public static BeginArtifact Instance { get; } = new();
}

internal sealed record EndTag : StructureOp
{
    public static EndTag Instance { get; } = new();
}

internal sealed record BeginFigure(string AltText, double X, double Y, double Width, double Height) : StructureOp
{
    public override PageOp Shift(double dy) => this with { Y = Y + dy };
}

/// <summary>A link to the page holding heading <paramref name="HeadingIndex"/>.</summary>
internal sealed record BeginLink(int HeadingIndex, string AltText, double X, double Y, double Width, double Height) : StructureOp
{
    /// <summary>A web address: the link opens it instead of going to heading <see cref="HeadingIndex"/>.</summary>
    public string? Uri { get; init; }

    public override PageOp Shift(double dy) => this with { Y = Y + dy };
}

/// <summary>Marks where heading <paramref name="Index"/> lands, for contents, links and bookmarks.</summary>
internal sealed record HeadingAnchor(int Index, double Y) : PageOp
{
    public override PageOp Shift(double dy) => this with { Y = Y + dy };
}

internal sealed record TextOp(double X, double Baseline, TextLine Line, Rgb Colour) : PageOp
{
    public override PageOp Shift(double dy) => this with { Baseline = Baseline + dy };
}

/// <summary>The page number of a heading, right-aligned at <paramref name="Right"/>; known only after pagination.</summary>
internal sealed record PageNumberOp(int HeadingIndex, double Right, double Baseline, TextStyle Style, Rgb Colour) : PageOp
{
    public override PageOp Shift(double dy) => this with { Baseline = Baseline + dy };
}

internal sealed record RectOp(double X, double Y, double Width, double Height, Rgb? Fill, Rgb? Stroke = null, double StrokeWidth = 0.5) : PageOp
{
    public override PageOp Shift(double dy) => this with { Y = Y + dy };
}

internal sealed record LineOp(double X1, double Y1, double X2, double Y2, Rgb Colour, double Width) : PageOp
{
    public override PageOp Shift(double dy) => this with { Y1 = Y1 + dy, Y2 = Y2 + dy };
}

internal sealed record ChartOp(ChartScene Scene, double X, double Y) : PageOp
{
    public override PageOp Shift(double dy) => this with { Y = Y + dy };
}
