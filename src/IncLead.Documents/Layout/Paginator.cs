namespace IncLead.Documents.Layout;

/// <summary>
/// Places slabs top to bottom, starting a new page when the next slab (or a keep-with-next group) does not fit,
/// and repeating table header rows at the top of a continued table.
/// </summary>
internal sealed class Paginator(LayoutTheme theme)
{
    readonly List<LaidOutPage> _pages = [];
    readonly Dictionary<int, (int Page, double Y)> _anchors = [];
    List<PageOp> _ops = [];
    bool _isTitlePage;
    double _y;
    bool _empty = true;

    public double Remaining => theme.ContentBottom - _y;

    public (IReadOnlyList<LaidOutPage> Pages, IReadOnlyDictionary<int, (int Page, double Y)> Anchors) Run(IReadOnlyList<Slab> slabs)
    {
        _y = theme.ContentTop;
        for (var i = 0; i < slabs.Count; i++)
        {
            var slab = slabs[i];
            if (slab.BreakBefore || slab.IsTitlePage)
            {
                if (!_empty)
                    NewPage(null);
                if (slab.Ops.Count == 0)
                    continue;
            }
            var needed = slab.KeepWithNext ? GroupHeight(slabs, i) : slab.Height;
            // A group taller than a page cannot stay together; the slab still takes the next one with it, so a
            // heading never ends a page.
            if (needed > theme.ContentHeight)
                needed = slab.Height + (slab.KeepWithNext && i + 1 < slabs.Count && !slabs[i + 1].BreakBefore ? slabs[i + 1].SpaceBefore + slabs[i + 1].Height : 0);
            if (!_empty && slab.SpaceBefore + needed > Remaining)
                NewPage(slab.RepeatHeader);
            Place(slab, _empty ? 0 : slab.SpaceBefore);
            if (slab.IsTitlePage)
            {
                _isTitlePage = true;
                NewPage(null);
            }
        }
        if (!_empty || _pages.Count == 0)
            Flush();
        return (_pages, _anchors);
    }

    /// <summary>Height of a slab with the chain of slabs it keeps with, up to and including the first that doesn't.</summary>
    static double GroupHeight(IReadOnlyList<Slab> slabs, int start)
    {
        var height = slabs[start].Height;
        for (var j = start + 1; j < slabs.Count; j++)
        {
            if (slabs[j].BreakBefore || slabs[j].IsTitlePage)
                break;
            height += slabs[j].SpaceBefore + slabs[j].Height;
            if (!slabs[j].KeepWithNext)
                break;
        }
        return height;
    }

    void Place(Slab slab, double gap)
    {
        var top = _y + gap;
        foreach (var op in slab.Ops)
        {
            var placed = op.Shift(top);
            if (placed is HeadingAnchor anchor)
                _anchors[anchor.Index] = (_pages.Count, anchor.Y);
            _ops.Add(placed);
        }
        _y = top + slab.Height;
        _empty = false;
    }

    void NewPage(IReadOnlyList<Slab>? repeatHeader)
    {
        Flush();
        if (repeatHeader is null)
            return;
        foreach (var header in repeatHeader)
        {
            // A repeated header is a pagination artifact: its structure was already given on the first page.
            Place(header with { Ops = [BeginArtifact.Instance, .. header.Ops.Where(op => op is not StructureOp), EndTag.Instance] }, 0);
        }
    }

    void Flush()
    {
        _pages.Add(new LaidOutPage(_ops, _isTitlePage));
        _ops = [];
        _isTitlePage = false;
        _y = theme.ContentTop;
        _empty = true;
    }
}
