using IncLead.Documents.Colours;
using IncLead.Documents.Text;

namespace IncLead.Documents.Layout;

/// <summary>Page geometry, type sizes and colours for A4 portrait.</summary>
internal sealed record LayoutTheme
{
    public static LayoutTheme Default { get; } = new();

    public double PageWidth { get; init; } = 595.28;
    public double PageHeight { get; init; } = 841.89;
    public double MarginX { get; init; } = 56;
    public double ContentTop { get; init; } = 80;
    public double ContentBottom { get; init; } = 778;
    public double HeaderBaseline { get; init; } = 42;
    public double FooterBaseline { get; init; } = 810;

    public double ContentLeft => MarginX;
    public double ContentWidth => PageWidth - 2 * MarginX;
    public double ContentHeight => ContentBottom - ContentTop;

    public TextStyle Body { get; init; } = new(10.5);
    public TextStyle Small { get; init; } = new(8.5);
    public TextStyle Cell { get; init; } = new(9);
    public double LineFactor { get; init; } = 1.35;
    public double CellLineFactor { get; init; } = 1.25;
    public double CellPadding { get; init; } = 4;
    public double ParagraphGap { get; init; } = 7;

    public Rgb TextColour { get; init; } = NhsColours.Text;
    public Rgb HeaderFill { get; init; } = NhsColours.Blue;
    public Rgb Rule { get; init; } = NhsColours.Border;

    public TextStyle HeadingStyle(int level) => level switch
    {
        1 => new TextStyle(19, Bold: true),
        2 => new TextStyle(14.5, Bold: true),
        _ => new TextStyle(12, Bold: true),
    };

    public double HeadingGap(int level) => level switch { 1 => 20, 2 => 16, _ => 12 };

    public Rgb HeadingColour(int level) => level == 1 ? NhsColours.DarkBlue : NhsColours.Text;

    public double LineHeight(TextStyle style, double factor) => style.Size * factor;

    /// <summary>Baseline offset from a line box's top, centring the font's ascent + descent in the box.</summary>
    public static double Baseline(TextStyle style, double lineHeight) =>
        (lineHeight - 1.117 * style.Size) / 2 + 0.905 * style.Size;
}
