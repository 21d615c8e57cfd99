using IncLead.Documents.Model;
using IncLead.Documents.Text;

namespace IncLead.Documents.Tests.Text;

public sealed class BidiTests
{
    const string Shalom = "שלום";
    const string Olam = "עולם";

    static string Reverse(string s) => new([.. s.Reverse()]);

    [Fact]
    public void Left_to_right_text_is_left_alone()
    {
        Assert.Same("Board pack 2026/27 (draft)", Bidi.Visual("Board pack 2026/27 (draft)"));
        Assert.Null(Bidi.VisualOrder("Board pack", rightToLeft: false));
    }

    [Fact]
    public void Hebrew_words_in_an_english_line_are_reversed_as_one_run()
    {
        Assert.Equal($"Welcome {Reverse(Olam)} {Reverse(Shalom)} to the board", Bidi.Visual($"Welcome {Shalom} {Olam} to the board"));
    }

    [Fact]
    public void A_hebrew_line_reads_from_the_right_with_numbers_and_english_kept_left_to_right()
    {
        Assert.Equal($"2027 {Reverse(Shalom)}", Bidi.Visual($"{Shalom} 2027"));
        Assert.Equal($"{Reverse(Olam)} NHS England {Reverse(Shalom)}", Bidi.Visual($"{Shalom} NHS England {Olam}"));
    }

    [Fact]
    public void Brackets_round_hebrew_in_an_english_line_stay_round_it()
    {
        Assert.Equal($"English (2027 {Reverse("שנת")}) {Reverse(Olam)} {Reverse(Shalom)} again", Bidi.Visual($"English {Shalom} {Olam} (שנת 2027) again"));
        Assert.Equal("A (B) C", Bidi.Visual("A (B) C"));
    }

    [Fact]
    public void Brackets_are_mirrored_and_marks_stay_on_their_letter()
    {
        Assert.Equal($"({Reverse(Olam)}) {Reverse(Shalom)}", Bidi.Visual($"{Shalom} ({Olam})"));
        const string pointed = "שָׁלוֹם"; // shin with qamats and shin dot, vav with holam
        var visual = Bidi.Visual(pointed);
        Assert.Equal("ם", visual[..1]);
        Assert.EndsWith("שָׁ", visual, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaker_gives_visual_lines_right_aligned_with_the_reading_order_kept()
    {
        var breaker = new LineBreaker(new FontBook());
        var lines = breaker.Break([new TextRun($"{Shalom} {Olam} "), new TextRun("NHS", Bold: true)], new TextStyle(10), 500);
        var line = Assert.Single(lines);
        Assert.True(line.RightToLeft);
        Assert.Equal($"{Shalom} {Olam} NHS", line.LogicalText);
        Assert.Equal($"NHS {Reverse(Olam)} {Reverse(Shalom)}", line.PlainText);
        Assert.True(line.Fragments[0].Style.Bold);
        Assert.Equal(line.Fragments.Sum(f => f.Width), line.Width, 6);
    }

    [Fact]
    public void English_paragraphs_are_unchanged_by_the_bidi_step()
    {
        var breaker = new LineBreaker(new FontBook());
        var line = Assert.Single(breaker.Break("Plain English only", new TextStyle(10), 500));
        Assert.False(line.RightToLeft);
        Assert.Null(line.LogicalText);
    }
}
