namespace IncLead.Documents.Layout;

/// <summary>A page's ops, and whether it is the title page (no running header or footer).</summary>
internal sealed record LaidOutPage(IReadOnlyList<PageOp> Ops, bool IsTitlePage);

/// <summary>Where a heading landed: its zero-based page index and the top of the heading on that page.</summary>
internal sealed record HeadingPlacement(int Level, string Text, int PageIndex, double Y);

internal sealed record LaidOutDocument(IReadOnlyList<LaidOutPage> Pages, IReadOnlyList<HeadingPlacement> Headings);
