using IncLead.Documents.Model;
using IncLead.Documents.Text;

namespace IncLead.Documents.Tests.Text;

public sealed class LineBreakerTests
{
    readonly FontBook _fonts = new();
    readonly TextStyle _style = new(10);

    LineBreaker Breaker => new(_fonts);

    [Theory]
    [InlineData(60)]
    [InlineData(150)]
    [InlineData(400)]
    public void Lines_never_exceed_the_width_limit(double width)
    {
        var text = string.Join(' ', Enumerable.Repeat("The board agrees that inclusion is everyone's business, not only the equality lead's.", 8));
        var lines = Breaker.Break(text, _style, width);
        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.InRange(line.Width, 0, width));
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines.Select(l => l.PlainText)).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Measured_widths_match_pdfsharp_metrics()
    {
        var line = Assert.Single(Breaker.Break("Board", _style, 500));
        Assert.Equal(_fonts.Width("Board", FontFace.Primary, _style), line.Width, 3);
        Assert.True(_fonts.Width("WWW", FontFace.Primary, _style) > _fonts.Width("iii", FontFace.Primary, _style));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_broken_between_characters()
    {
        var word = string.Concat(Enumerable.Repeat("Inclusion", 20));
        var lines = Breaker.Break($"Start {word} end", _style, 100);
        Assert.Equal("Start", lines[0].PlainText);
        Assert.All(lines, line => Assert.InRange(line.Width, 0, 100));
        Assert.Equal(word, string.Concat(lines.Skip(1).SkipLast(1).Select(l => l.PlainText)) + lines[^1].PlainText.Replace(" end", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Explicit_newlines_start_new_lines_and_blank_lines_are_kept()
    {
        var lines = Breaker.Break("One\nTwo\r\n\nFour", _style, 500);
        Assert.Equal(["One", "Two", "", "Four"], lines.Select(l => l.PlainText));
    }

    [Fact]
    public void Empty_text_gives_one_empty_line()
    {
        Assert.Equal("", Assert.Single(Breaker.Break("", _style, 100)).PlainText);
    }

    [Fact]
    public void Styles_change_mid_word_without_a_break_and_keep_their_fonts()
    {
        var line = Assert.Single(Breaker.Break([new TextRun("NHS", Bold: true), new TextRun(" England's "), new TextRun("board", Italic: true)], _style, 500));
        Assert.Equal("NHS England's board", line.PlainText);
        Assert.True(line.Fragments[0].Style.Bold);
        Assert.True(line.Fragments[^1].Style.Italic);
    }

    [Fact]
    public void Emoji_are_never_split_and_unknown_characters_become_replacement_characters()
    {
        var lines = Breaker.Break(string.Concat(Enumerable.Repeat("😀", 40)), _style, 30);
        Assert.All(lines, l => Assert.DoesNotContain(l.PlainText, c => char.IsSurrogate(c)));
        Assert.Contains('\uFFFD', lines[0].PlainText);
    }

    [Fact]
    public void Arabic_uses_the_fallback_font()
    {
        var line = Assert.Single(Breaker.Break("Hello مرحبا", _style, 500));
        Assert.Equal([FontFace.Primary, FontFace.Fallback], line.Fragments.Select(f => f.Face));
    }
}
