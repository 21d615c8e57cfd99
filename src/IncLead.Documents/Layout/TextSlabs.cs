using IncLead.Documents.Colours;
using IncLead.Documents.Model;
using IncLead.Documents.Text;

namespace IncLead.Documents.Layout;

/// <summary>Headings, paragraphs and bulleted lists as one slab per line (a heading stays whole).</summary>
internal sealed class TextSlabs(LineBreaker breaker, LayoutTheme theme)
{
    public Slab Heading(Heading heading, int index)
    {
        var style = theme.HeadingStyle(heading.Level);
        var lineHeight = theme.LineHeight(style, 1.25);
        var lines = breaker.Break(heading.Text, style, theme.ContentWidth);
        var tag = heading.Level switch { 1 => StructTag.H1, 2 => StructTag.H2, _ => StructTag.H3 };
        List<PageOp> ops = [new BeginTag(tag), new HeadingAnchor(index, 0)];
        ops.AddRange(LineOps(lines, style, theme.ContentLeft, theme.ContentWidth, lineHeight, theme.HeadingColour(heading.Level)));
        ops.Add(EndTag.Instance);
        return new Slab(lines.Count * lineHeight + 3, ops) { SpaceBefore = theme.HeadingGap(heading.Level), KeepWithNext = true };
    }

    public List<Slab> Paragraph(Paragraph paragraph, double left, double width)
    {
        var lines = breaker.Break(paragraph.Runs, theme.Body, width);
        var slabs = LineSlabs(lines, theme.Body, left, width, theme.TextColour);
        slabs[0] = slabs[0] with { SpaceBefore = theme.ParagraphGap };
        slabs[^1] = slabs[^1] with { KeepWithNext = paragraph.KeepWithNext };
        return Slab.Wrap(new BeginTag(StructTag.P), slabs);
    }

    public List<Slab> List(BulletList list)
    {
        const double indent = 16;
        var all = new List<Slab>();
        foreach (var item in list.Items)
        {
            var lines = breaker.Break(item.Runs, theme.Body, theme.ContentWidth - indent);
            // A right-to-left item has its bullet on the right and its text indented from the right.
            var rightToLeft = lines.Count > 0 && lines[0].RightToLeft;
            var textLeft = rightToLeft ? theme.ContentLeft : theme.ContentLeft + indent;
            var slabs = LineSlabs(lines, theme.Body, textLeft, theme.ContentWidth - indent, theme.TextColour);
            var bulletWidth = breaker.Break("•", theme.Body, theme.ContentWidth)[0].Width;
            var bullet = new TextLine([new TextFragment("•", FontFace.Primary, theme.Body, 0, bulletWidth)], bulletWidth);
            var bulletX = rightToLeft ? theme.ContentLeft + theme.ContentWidth - 4 - bulletWidth : theme.ContentLeft + 4;
            var baseline = LayoutTheme.Baseline(theme.Body, theme.LineHeight(theme.Body, theme.LineFactor));
            slabs[0] = slabs[0] with
            {
                SpaceBefore = 3,
                Ops = [new BeginTag(StructTag.LI), new BeginTag(StructTag.Lbl), new TextOp(bulletX, baseline, bullet, theme.TextColour),
                    EndTag.Instance, new BeginTag(StructTag.LBody), .. slabs[0].Ops],
            };
            slabs[^1] = slabs[^1] with { Ops = [.. slabs[^1].Ops, EndTag.Instance, EndTag.Instance] };
            all.AddRange(slabs);
        }
        if (all.Count > 0)
            all[0] = all[0] with { SpaceBefore = theme.ParagraphGap };
        return Slab.Wrap(new BeginTag(StructTag.L), all);
    }

    /// <summary>One slab per line; the first keeps with the second and the last but one with the last (no orphans or widows).</summary>
    List<Slab> LineSlabs(IReadOnlyList<TextLine> lines, TextStyle style, double left, double width, Rgb colour)
    {
        var lineHeight = theme.LineHeight(style, theme.LineFactor);
        var slabs = lines.Select(line => new Slab(lineHeight, [.. LineOps([line], style, left, width, lineHeight, colour)])).ToList();
        if (slabs.Count >= 2)
        {
            slabs[0] = slabs[0] with { KeepWithNext = true };
            slabs[^2] = slabs[^2] with { KeepWithNext = true };
        }
        return slabs;
    }

    /// <summary>A line op per non-empty line; lines of a right-to-left paragraph are aligned to the right.</summary>
    static IEnumerable<PageOp> LineOps(IReadOnlyList<TextLine> lines, TextStyle style, double left, double width, double lineHeight, Rgb colour)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Fragments.Count > 0)
                yield return new TextOp(lines[i].RightToLeft ? left + width - lines[i].Width : left, i * lineHeight + LayoutTheme.Baseline(style, lineHeight), lines[i], colour);
        }
    }
}
