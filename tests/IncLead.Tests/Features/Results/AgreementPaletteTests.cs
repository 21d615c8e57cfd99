using IncLead.Documents.Colours;
using IncLead.Web.Features.Results;

namespace IncLead.Tests.Features.Results;

/// <summary>
/// The agreement heatmap's three bands stay apart for people with deuteranopia (simulated with Machado et al. 2009's
/// matrix at full severity) and in greyscale, and use none of the red, amber and green that mean action status.
/// </summary>
public sealed class AgreementPaletteTests
{
    private static readonly double[,] Deuteranopia =
    {
        { 0.367322, 0.860646, -0.227968 },
        { 0.280085, 0.672501, 0.047413 },
        { -0.011820, 0.042940, 0.968881 },
    };

    private static double Linear(byte c)
    {
        var v = c / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
    }

    private static (double R, double G, double B) Simulate(Rgb c)
    {
        var (r, g, b) = (Linear(c.R), Linear(c.G), Linear(c.B));
        double Row(int i) => Math.Clamp(Deuteranopia[i, 0] * r + Deuteranopia[i, 1] * g + Deuteranopia[i, 2] * b, 0, 1);
        return (Row(0), Row(1), Row(2));
    }

    // CIE L*a*b* from linear sRGB (D65), for a perceptual distance between two colours.
    private static (double L, double A, double B) Lab((double R, double G, double B) c)
    {
        var x = (0.4124 * c.R + 0.3576 * c.G + 0.1805 * c.B) / 0.95047;
        var y = 0.2126 * c.R + 0.7152 * c.G + 0.0722 * c.B;
        var z = (0.0193 * c.R + 0.1192 * c.G + 0.9505 * c.B) / 1.08883;
        static double F(double t) => t > 0.008856 ? Math.Cbrt(t) : (7.787 * t) + (16.0 / 116);
        return ((116 * F(y)) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
    }

    private static double Distance((double L, double A, double B) p, (double L, double A, double B) q) =>
        Math.Sqrt(Math.Pow(p.L - q.L, 2) + Math.Pow(p.A - q.A, 2) + Math.Pow(p.B - q.B, 2));

    [Fact]
    public void Every_pair_of_bands_stays_distinct_for_a_deuteranope_and_in_lightness_alone()
    {
        var bands = ResultsCharts.AgreementBands.Select(b => b.Colour).ToList();
        Assert.Equal(3, bands.Count);
        for (var i = 0; i < bands.Count; i++)
        {
            for (var j = i + 1; j < bands.Count; j++)
            {
                var seen = Distance(Lab(Simulate(bands[i])), Lab(Simulate(bands[j])));
                Assert.True(seen >= 20, $"{bands[i]} and {bands[j]} are only {seen:0.0} apart (CIE76) for a deuteranope");
                var lightness = Math.Abs(Lab(Simulate(bands[i])).L - Lab(Simulate(bands[j])).L);
                Assert.True(lightness >= 15, $"{bands[i]} and {bands[j]} differ by only {lightness:0.0} in lightness");
            }
        }
    }

    [Fact]
    public void The_bands_use_none_of_the_status_colours_and_are_named_with_their_ranges()
    {
        Rgb[] status = [NhsColours.Red, NhsColours.WarmYellow, NhsColours.Green];
        foreach (var band in ResultsCharts.AgreementBands)
            Assert.All(status, s => Assert.True(Distance(Lab(Simulate(band.Colour)), Lab(Simulate(s))) > 10 && band.Colour != s, $"{band.Label} uses a status colour"));
        Assert.Equal(["Agreement (under 1)", "Mixed views (1 to under 2)", "Divided (2 or more)"], ResultsCharts.AgreementBands.Select(b => b.Label));
        Assert.All(ResultsCharts.AgreementScale.Stops, s => Assert.Contains(s.Colour, ResultsCharts.AgreementBands.Select(b => b.Colour)));
    }
}
