using IncLead.Documents.Charts.Geometry;
using IncLead.Documents.Model;
using IncLead.Documents.Text;

namespace IncLead.Documents.Layout;

/// <summary>
/// Turns the document model into pages. Every block becomes slabs, the paginator places them, and the contents'
/// page numbers are taken from where the headings landed (they are drawn after pagination, so one pass suffices:
/// the contents' length does not depend on the numbers in it).
/// </summary>
internal sealed class DocumentLayout(FontBook fonts, LayoutTheme theme)
{
    readonly LineBreaker _breaker = new(fonts);

    public LaidOutDocument Run(Document document)
    {
        var headings = document.Blocks.OfType<Heading>().Select((h, i) => (Heading: h, Index: i)).ToList();
        var text = new TextSlabs(_breaker, theme);
        var tables = new TableSlabs(_breaker, theme);
        var cover = new CoverAndContentsSlabs(_breaker, fonts, theme);
        var slabs = new List<Slab>();
        var headingIndex = 0;
        foreach (var block in document.Blocks)
        {
            List<Slab> next = block switch
            {
                TitlePage title => [cover.TitlePage(title)],
                TableOfContents contents => cover.Contents(contents, headings),
                Heading heading => [text.Heading(heading, headingIndex++)],
                Paragraph paragraph => text.Paragraph(paragraph, theme.ContentLeft, theme.ContentWidth),
                BulletList list => text.List(list),
                KeyValueBlock pairs => tables.Table(KeyValueTable(pairs), rowHeaders: true),
                Table table => tables.Table(table),
                ChartBlock chart => Chart(chart, tables),
                PageBreak => [Slab.Break],
                _ => throw new NotSupportedException($"No layout for {block.GetType().Name}."),
            };
            if (block.KeepWithNext && next.Count > 0)
                next[^1] = next[^1] with { KeepWithNext = true };
            slabs.AddRange(next);
        }
        var (pages, anchors) = new Paginator(theme).Run(slabs);
        var placements = headings.Select(h => anchors.TryGetValue(h.Index, out var at)
            ? new HeadingPlacement(h.Heading.Level, h.Heading.Text, at.Page, at.Y)
            : new HeadingPlacement(h.Heading.Level, h.Heading.Text, 0, theme.ContentTop)).ToList();
        return new LaidOutDocument(pages, placements);
    }

    List<Slab> Chart(ChartBlock block, TableSlabs tables)
    {
        var height = Math.Clamp(block.Height, 80, theme.ContentHeight - 20);
        var scene = ChartLayout.Layout(block.Chart, theme.ContentWidth, height, fonts);
        var left = theme.ContentLeft;
        List<Slab> slabs = [new Slab(height, [new BeginFigure(block.AltText, left, 0, theme.ContentWidth, height), new ChartOp(scene, left, 0), EndTag.Instance])
            { SpaceBefore = theme.ParagraphGap + 6 }];
        if (block.IncludeDataTable)
        {
            var data = block.Chart.ToDataTable();
            // Figures are right-aligned under a right-aligned heading, as in every table of the reports.
            static TableRow Aligned(IEnumerable<string> cells) => new([.. cells.Select((c, i) => new TableCell(c, Align: i == 0 ? CellAlign.Left : CellAlign.Right))]);
            var table = new Table([2, .. data.Headers.Skip(1).Select(_ => 1.0)], [Aligned(data.Headers)], [.. data.Rows.Select(Aligned)]);
            slabs.AddRange(tables.Table(table));
        }
        return slabs;
    }

    static Table KeyValueTable(KeyValueBlock pairs) =>
        new([1, 2], [], [.. pairs.Pairs.Select(p => TableRow.Of(p.Label, p.Value))]);
}
