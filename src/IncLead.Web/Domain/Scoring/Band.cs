namespace IncLead.Web.Domain.Scoring;

/// <summary>
/// The band a mean score falls in: the scale point it is nearest to, halves rounding up
/// (below 0.5 Undeveloped, below 1.5 Developing, below 2.5 Achieving, otherwise Excelling). See docs/scoring.md.
/// </summary>
public enum Band
{
    Undeveloped = 0,
    Developing = 1,
    Achieving = 2,
    Excelling = 3,
}

public static class Bands
{
    public static Band? For(double? mean) => mean switch
    {
        null => null,
        < 0.5 => Band.Undeveloped,
        < 1.5 => Band.Developing,
        < 2.5 => Band.Achieving,
        _ => Band.Excelling,
    };

    public static string Label(this Band band) => band.ToString();
}
