namespace IncLead.Documents.Colours;

/// <summary>The NHS identity palette, so documents and web pages share one set of colours.</summary>
public static class NhsColours
{
    public static readonly Rgb Blue = Rgb.Parse("#005eb8");
    public static readonly Rgb DarkBlue = Rgb.Parse("#003087");
    public static readonly Rgb Grey = Rgb.Parse("#425563");
    public static readonly Rgb Red = Rgb.Parse("#d5281b");
    public static readonly Rgb WarmYellow = Rgb.Parse("#ffb81c");
    public static readonly Rgb Green = Rgb.Parse("#007f3b");
    public static readonly Rgb Purple = Rgb.Parse("#330072");

    /// <summary>NHS.UK frontend text colour; softer than pure black but still 15:1 on white.</summary>
    public static readonly Rgb Text = Rgb.Parse("#212b32");
    public static readonly Rgb White = new(255, 255, 255);
    public static readonly Rgb PaleGrey = Rgb.Parse("#f0f4f5");
    public static readonly Rgb Border = Rgb.Parse("#d8dde0");
    public static readonly Rgb MidGrey = Rgb.Parse("#768692");

    /// <summary>Series colours in the order charts use them; adjacent pairs stay distinguishable in greyscale.</summary>
    public static IReadOnlyList<Rgb> Series { get; } = [Blue, WarmYellow, Green, Purple, Red, Grey, DarkBlue];

    /// <summary>
    /// The text colour with the higher WCAG contrast on <paramref name="fill"/>: NHS text colour or white.
    /// </summary>
    public static Rgb TextOn(Rgb fill) => fill.ContrastWith(Text) >= fill.ContrastWith(White) ? Text : White;
}
