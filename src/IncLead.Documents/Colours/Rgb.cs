using System.Globalization;

namespace IncLead.Documents.Colours;

/// <summary>An opaque sRGB colour, shared by the PDF and SVG renderers.</summary>
public readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb Parse(string hex)
    {
        var digits = hex.TrimStart('#');
        if (digits.Length != 6 || !int.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
            throw new FormatException($"'{hex}' is not a colour in the form #rrggbb.");
        return new Rgb((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>WCAG 2.x relative luminance.</summary>
    public double RelativeLuminance => 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);

    /// <summary>WCAG contrast ratio between this colour and another, from 1 to 21.</summary>
    public double ContrastWith(Rgb other)
    {
        var (light, dark) = (RelativeLuminance, other.RelativeLuminance);
        if (dark > light)
            (light, dark) = (dark, light);
        return (light + 0.05) / (dark + 0.05);
    }

    /// <summary>Mixes towards <paramref name="other"/>; t = 0 gives this colour, t = 1 the other.</summary>
    public Rgb Mix(Rgb other, double t)
    {
        t = Math.Clamp(t, 0, 1);
        return new Rgb(Lerp(R, other.R, t), Lerp(G, other.G, t), Lerp(B, other.B, t));
    }

    public override string ToString() => ToHex();

    static byte Lerp(byte a, byte b, double t) => (byte)Math.Round(a + (b - a) * t);

    static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }
}
