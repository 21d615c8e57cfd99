namespace IncLead.Documents.Layout;

/// <summary>
/// An unbreakable horizontal strip of a block (a line, a table row, a chart) that the paginator places whole.
/// </summary>
internal sealed record Slab(double Height, IReadOnlyList<PageOp> Ops)
{
    /// <summary>Space above the slab, dropped at the top of a page.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>Start a new page if this slab and the next do not fit together.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Table header rows drawn again (as artifacts) when this slab starts a new page.</summary>
    public IReadOnlyList<Slab>? RepeatHeader { get; init; }

    /// <summary>Start a new page before this slab (unless the page is still empty).</summary>
    public bool BreakBefore { get; init; }

    /// <summary>The slab is the title page: no running header or footer, and the next slab starts a new page.</summary>
    public bool IsTitlePage { get; init; }

    public static Slab Break { get; } = new(0, []) { BreakBefore = true };

    /// <summary>Wraps a block's slabs in one structure element: the tag opens in the first and closes in the last.</summary>
    public static List<Slab> Wrap(BeginTag tag, IReadOnlyList<Slab> slabs)
    {
        var list = slabs.ToList();
        if (list.Count == 0)
            return list;
        list[0] = list[0] with { Ops = [tag, .. list[0].Ops] };
        list[^1] = list[^1] with { Ops = [.. list[^1].Ops, EndTag.Instance] };
        return list;
    }
}
