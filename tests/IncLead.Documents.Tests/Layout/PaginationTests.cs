using IncLead.Documents.Layout;
using IncLead.Documents.Model;

namespace IncLead.Documents.Tests.Layout;

public sealed class PaginationTests
{
    [Fact]
    public void A_heading_is_never_left_alone_at_the_foot_of_a_page()
    {
        var blocks = Enumerable.Range(1, 80).SelectMany(i => new Block[]
        {
            new Heading(1 + i % 3, $"Section {i}"),
            new Paragraph(string.Join(' ', Enumerable.Repeat("Words that fill a line of the paragraph.", 1 + i * 7 % 23))),
        }).ToArray();
        var layout = LayoutRun.Of(blocks);
        Assert.True(layout.Pages.Count > 10);
        Assert.All(layout.Pages, page => Assert.False(EndsWithHeading(page), "a page ends with a heading"));
    }

    [Fact]
    public void A_heading_that_fits_but_whose_next_lines_do_not_moves_to_the_next_page()
    {
        // 46 body lines leave about 46pt: room for the heading (37pt with its gap) but not for it and two lines.
        var filler = new Paragraph(string.Join('\n', Enumerable.Repeat("Filler", 46)));
        var layout = LayoutRun.Of(filler, new Heading(2, "Moves"), new Paragraph("One\nTwo\nThree"));
        Assert.Equal(1, Assert.Single(layout.Headings).PageIndex);
        Assert.Equal(46, LayoutRun.Texts(layout.Pages[0]).Count());
    }

    [Fact]
    public void A_long_table_repeats_its_header_row_at_the_top_of_every_continuation_page()
    {
        var table = Table.Create(["Ref", "Action"], Enumerable.Range(1, 300).Select(i => TableRow.Of($"A{i}", $"Action {i}")));
        var layout = LayoutRun.Of(new Heading(1, "Register"), table);
        Assert.True(layout.Pages.Count >= 6);
        foreach (var page in layout.Pages.Skip(1))
        {
            Assert.IsType<BeginArtifact>(page.Ops[0]);
            Assert.Equal(["Ref", "Action"], LayoutRun.Texts(page).Take(2).Select(t => t.Line.PlainText));
        }
        var rows = layout.Pages.SelectMany(LayoutRun.Texts).Count(t => System.Text.RegularExpressions.Regex.IsMatch(t.Line.PlainText, @"^A\d+$"));
        Assert.Equal(300, rows);
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_between_lines_across_pages()
    {
        var tall = string.Join('\n', Enumerable.Range(1, 200).Select(i => $"line {i}"));
        var layout = LayoutRun.Of(Table.Create(["Row", "Text"], [TableRow.Of("1", tall)]));
        Assert.True(layout.Pages.Count >= 3);
        var lines = layout.Pages.SelectMany(LayoutRun.Texts).Select(t => t.Line.PlainText).Where(t => t.StartsWith("line ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 200).Select(i => $"line {i}"), lines);
    }

    [Fact]
    public void Nothing_is_placed_below_the_bottom_margin()
    {
        var tall = string.Join('\n', Enumerable.Range(1, 120).Select(i => $"line {i}"));
        var layout = LayoutRun.Of([.. Enumerable.Range(1, 30).Select(i => (Block)new Paragraph(string.Join(' ', Enumerable.Repeat("Text", 9 * i)))),
            Table.Create(["A", "B"], [TableRow.Of("1", tall), TableRow.Of("2", tall)])]);
        var bottom = LayoutRun.Theme.ContentBottom;
        Assert.All(layout.Pages.SelectMany(p => p.Ops), op => Assert.True(op switch
        {
            TextOp t => t.Baseline <= bottom,
            RectOp r => r.Y + r.Height <= bottom + 0.01,
            _ => true,
        }, $"{op} is below the margin"));
    }

    [Fact]
    public void A_page_break_starts_a_new_page_and_the_title_page_stands_alone()
    {
        var layout = LayoutRun.Of(new TitlePage("Title"), new Paragraph("One"), new PageBreak(), new Paragraph("Two"));
        Assert.Equal(3, layout.Pages.Count);
        Assert.True(layout.Pages[0].IsTitlePage);
        Assert.Equal(["One"], LayoutRun.Texts(layout.Pages[1]).Select(t => t.Line.PlainText));
        Assert.Equal(["Two"], LayoutRun.Texts(layout.Pages[2]).Select(t => t.Line.PlainText));
    }

    static bool EndsWithHeading(LaidOutPage page)
    {
        var (inHeading, lastWasHeading) = (false, false);
        foreach (var op in page.Ops)
        {
            switch (op)
            {
                case BeginTag { Tag: StructTag.H1 or StructTag.H2 or StructTag.H3 }:
                    inHeading = true;
                    break;
                case EndTag when inHeading:
                    (inHeading, lastWasHeading) = (false, true);
                    break;
                case TextOp or RectOp or ChartOp when !inHeading:
                    lastWasHeading = false;
                    break;
            }
        }
        return lastWasHeading;
    }
}
