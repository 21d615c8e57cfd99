using IncLead.Documents.Colours;
using IncLead.Documents.Model;
using IncLead.Documents.Text;

namespace IncLead.Documents.Layout;

/// <summary>The title page and the contents list.</summary>
internal sealed class CoverAndContentsSlabs(LineBreaker breaker, FontBook fonts, LayoutTheme theme)
{
    public Slab TitlePage(TitlePage cover)
    {
        var bandBottom = 250.0;
        List<PageOp> ops = [BeginArtifact.Instance, new RectOp(0, -theme.ContentTop, theme.PageWidth, bandBottom + theme.ContentTop, NhsColours.Blue), EndTag.Instance];
        var y = 70.0;
        y = Block(ops, StructTag.H1, cover.Title, new TextStyle(28, Bold: true), NhsColours.White, y);
        if (cover.Subtitle is { Length: > 0 } subtitle)
            Block(ops, StructTag.P, subtitle, new TextStyle(15), NhsColours.White, y + 8);
        y = bandBottom + 40;
        foreach (var line in cover.Lines ?? [])
            y = Block(ops, StructTag.P, line, new TextStyle(12), theme.TextColour, y) + 6;
        return new Slab(theme.ContentHeight, ops) { IsTitlePage = true };
    }

    double Block(List<PageOp> ops, StructTag tag, string text, TextStyle style, Rgb colour, double y)
    {
        var lineHeight = style.Size * 1.25;
        ops.Add(new BeginTag(tag));
        foreach (var line in breaker.Break(text, style, theme.ContentWidth))
        {
            ops.Add(new TextOp(theme.ContentLeft, y + LayoutTheme.Baseline(style, lineHeight), line, colour));
            y += lineHeight;
        }
        ops.Add(EndTag.Instance);
        return y;
    }

    public List<Slab> Contents(TableOfContents contents, IReadOnlyList<(Heading Heading, int Index)> headings)
    {
        var titleStyle = theme.HeadingStyle(1);
        var titleLines = breaker.Break(contents.Title, titleStyle, theme.ContentWidth);
        var titleHeight = titleLines.Count * titleStyle.Size * 1.25 + 8;
        List<PageOp> titleOps = [new BeginTag(StructTag.H1), .. titleLines.Select((line, i) =>
            new TextOp(theme.ContentLeft, i * titleStyle.Size * 1.25 + LayoutTheme.Baseline(titleStyle, titleStyle.Size * 1.25), line, theme.HeadingColour(1))), EndTag.Instance];
        var entries = headings.Where(h => h.Heading.Level <= contents.MaxLevel).Select(h => Entry(h.Heading, h.Index)).ToList();
        return [new Slab(titleHeight, titleOps) { BreakBefore = true, KeepWithNext = entries.Count > 0 }, .. Slab.Wrap(new BeginTag(StructTag.Toc), entries), Slab.Break];
    }

    Slab Entry(Heading heading, int index)
    {
        const double numberColumn = 36;
        var style = theme.Body with { Bold = heading.Level == 1 };
        var indent = (heading.Level - 1) * 14;
        var lineHeight = theme.LineHeight(style, theme.LineFactor);
        var lines = breaker.Break(heading.Text, style, theme.ContentWidth - indent - numberColumn - 8);
        var left = theme.ContentLeft + indent;
        var right = theme.ContentLeft + theme.ContentWidth;
        var baseline = LayoutTheme.Baseline(style, lineHeight);
        var height = lines.Count * lineHeight;
        List<PageOp> ops = [new BeginTag(StructTag.Toci), new BeginLink(index, $"{heading.Text}: go to page", left, 0, right - left, height)];
        ops.AddRange(lines.Select((line, i) => new TextOp(left, i * lineHeight + baseline, line, theme.TextColour)));
        var lastBaseline = (lines.Count - 1) * lineHeight + baseline;
        var dotsFrom = left + lines[^1].Width + 6;
        var dotWidth = fonts.Width(" .", FontFace.Primary, theme.Body);
        var dots = (int)Math.Max(0, (right - numberColumn - dotsFrom) / dotWidth);
        if (dots > 0)
        {
            var leader = new TextLine([new TextFragment(string.Concat(Enumerable.Repeat(" .", dots)), FontFace.Primary, theme.Body, 0, dots * dotWidth)], dots * dotWidth);
            ops.AddRange([BeginArtifact.Instance, new TextOp(dotsFrom, lastBaseline, leader, NhsColours.MidGrey), EndTag.Instance]);
        }
        ops.AddRange([new PageNumberOp(index, right, lastBaseline, style, theme.TextColour), EndTag.Instance, EndTag.Instance]);
        return new Slab(height, ops) { SpaceBefore = heading.Level == 1 ? 6 : 1 };
    }
}
