using IncLead.Documents.Colours;
using IncLead.Documents.Model;
using IncLead.Documents.Text;

namespace IncLead.Documents.Layout;

/// <summary>
/// Tables as one slab per row. Header rows are repeated by the paginator on every page the table continues on;
/// a row taller than a page is cut between lines into several slabs.
/// </summary>
internal sealed class TableSlabs(LineBreaker breaker, LayoutTheme theme)
{
    sealed record CellLines(TableCell Cell, IReadOnlyList<TextLine> Lines, TextStyle Style, double Left, double Width, Rgb Fill, Rgb Ink, StructTag Tag, string? Scope,
        IReadOnlyList<(string Uri, string Text)?>? LineLinks = null);

    public List<Slab> Table(Table table, bool rowHeaders = false)
    {
        if (table.ColumnCount == 0)
            return [];
        var widths = ColumnWidths(table);
        var header = table.HeaderRows.Select(row => Row(row, widths, true, false)).SelectMany(parts => parts).ToList();
        var headerHeight = header.Sum(s => s.Height);
        var maxRowHeight = theme.ContentHeight - headerHeight;
        var slabs = header.Select(s => s with { KeepWithNext = true }).ToList();
        var rows = table.Rows.Select(row => Row(row, widths, false, rowHeaders, maxRowHeight)
            .Select(part => part with { RepeatHeader = header.Count > 0 ? header : null }).ToList()).ToList();
        // The header and the first two rows stay together (and, through the heading's keep-with-next, with the
        // heading), and the last row never goes to a page alone: the last two stay together.
        if (rows.Count >= 2)
            KeepWithNext(rows[0]);
        if (rows.Count >= 3)
            KeepWithNext(rows[^2]);
        slabs.AddRange(rows.SelectMany(parts => parts));
        if (slabs.Count > 0)
            slabs[0] = slabs[0] with { SpaceBefore = theme.ParagraphGap + 2 };
        return Slab.Wrap(new BeginTag(StructTag.Table), slabs);
    }

    static void KeepWithNext(List<Slab> parts) => parts[^1] = parts[^1] with { KeepWithNext = true };

    double[] ColumnWidths(Table table)
    {
        var total = table.ColumnWeights.Sum(w => Math.Max(w, 0.01));
        return [.. table.ColumnWeights.Select(w => Math.Max(w, 0.01) / total * theme.ContentWidth)];
    }

    IEnumerable<Slab> Row(TableRow row, double[] widths, bool isHeader, bool rowHeaders, double maxHeight = double.MaxValue)
    {
        var cells = new List<CellLines>();
        var left = theme.ContentLeft;
        for (var c = 0; c < widths.Length; c++)
        {
            var cell = c < row.Cells.Count ? row.Cells[c] : new TableCell("");
            var rowHeader = rowHeaders && c == 0;
            var style = theme.Cell with { Bold = cell.Bold || isHeader || rowHeader };
            var fill = cell.Fill ?? (isHeader ? theme.HeaderFill : rowHeader ? NhsColours.PaleGrey : NhsColours.White);
            var (lines, lineLinks) = cell.Links is null ? (breaker.Break(cell.Text, style, widths[c] - 2 * theme.CellPadding), null) : LinkedLines(cell, style, widths[c] - 2 * theme.CellPadding);
            var (tag, scope) = isHeader ? (StructTag.TH, "Column") : rowHeader ? (StructTag.TH, "Row") : (StructTag.TD, (string?)null);
            cells.Add(new CellLines(cell, lines, style, left, widths[c], fill, NhsColours.TextOn(fill), tag, scope, lineLinks));
            left += widths[c];
        }
        var lineHeight = theme.LineHeight(theme.Cell, theme.CellLineFactor);
        var linesPerPart = Math.Max(1, (int)((maxHeight - 2 * theme.CellPadding) / lineHeight));
        var tallest = cells.Max(c => c.Lines.Count);
        for (var first = 0; first < tallest; first += linesPerPart)
            yield return Part(cells, first, Math.Min(linesPerPart, tallest - first), lineHeight);
    }

    /// <summary>
    /// A cell with links is broken a paragraph (line feed) at a time, so each drawn line knows the link it belongs to:
    /// the same lines as breaking the whole text, since a line feed always ends a line.
    /// </summary>
    (IReadOnlyList<TextLine>, IReadOnlyList<(string Uri, string Text)?>) LinkedLines(TableCell cell, TextStyle style, double width)
    {
        var lines = new List<TextLine>();
        var links = new List<(string Uri, string Text)?>();
        var paragraphs = cell.Text.Split('\n');
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var broken = breaker.Break(paragraphs[p], style, width);
            if (broken.Count == 0)
                broken = [TextLine.Empty];
            lines.AddRange(broken);
            var link = cell.LinkAt(p) is { } uri ? ((string Uri, string Text)?)(uri, paragraphs[p]) : null;
            links.AddRange(broken.Select(_ => link));
        }
        return (lines, links);
    }

    Slab Part(List<CellLines> cells, int firstLine, int lineCount, double lineHeight)
    {
        var height = lineCount * lineHeight + 2 * theme.CellPadding;
        // The row's cell backgrounds and borders first, as one artifact, then its cells' text: each switch between
        // artifact and tagged content costs PDFsharp marked-content and text-mode operators in the page content.
        var ops = new List<PageOp>(cells.Count * 4 + 4) { BeginArtifact.Instance };
        foreach (var cell in cells)
            ops.Add(new RectOp(cell.Left, 0, cell.Width, height, cell.Fill, theme.Rule));
        ops.Add(EndTag.Instance);
        ops.Add(new BeginTag(StructTag.TR));
        foreach (var cell in cells)
        {
            ops.Add(new BeginTag(cell.Tag, cell.Scope));
            var lastLine = Math.Min(cell.Lines.Count, firstLine + lineCount);
            for (var line = firstLine; line < lastLine; line++)
            {
                var text = cell.Lines[line];
                if (text.Fragments.Count == 0)
                    continue;
                // Right-to-left text starts at the right edge unless the cell is centred.
                var offset = (cell.Cell.Align, text.RightToLeft) switch
                {
                    (CellAlign.Right, _) or (CellAlign.Left, true) => cell.Width - 2 * theme.CellPadding - text.Width,
                    (CellAlign.Centre, _) => (cell.Width - 2 * theme.CellPadding - text.Width) / 2,
                    _ => 0,
                };
                var top = theme.CellPadding + (line - firstLine) * lineHeight;
                var baseline = top + LayoutTheme.Baseline(cell.Style, lineHeight);
                var x = cell.Left + theme.CellPadding + Math.Max(0, offset);
                if (cell.LineLinks?[line] is { } link)
                {
                    // A link is NHS blue and underlined on a plain cell (colour alone would not mark it), and a tagged
                    // Link whose annotation covers the line, described by the link's own text.
                    var ink = cell.Ink == NhsColours.Text ? NhsColours.Blue : cell.Ink;
                    ops.Add(new BeginLink(-1, link.Text, x, top, text.Width, lineHeight) { Uri = link.Uri });
                    ops.Add(new TextOp(x, baseline, text, ink));
                    ops.Add(EndTag.Instance);
                    ops.Add(BeginArtifact.Instance);
                    ops.Add(new LineOp(x, baseline + 1.5, x + text.Width, baseline + 1.5, ink, 0.6));
                    ops.Add(EndTag.Instance);
                    continue;
                }
                ops.Add(new TextOp(x, baseline, text, cell.Ink));
            }
            ops.Add(EndTag.Instance);
        }
        ops.Add(EndTag.Instance);
        return new Slab(height, ops);
    }
}
