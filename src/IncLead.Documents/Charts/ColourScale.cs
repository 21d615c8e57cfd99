using IncLead.Documents.Colours;

namespace IncLead.Documents.Charts;

/// <summary>A colour stop: values at or beyond <paramref name="Value"/> move towards <paramref name="Colour"/>.</summary>
public sealed record ColourStop(double Value, Rgb Colour);

/// <summary>Maps a value to a colour by linear interpolation between stops, clamped at both ends.</summary>
public sealed record ColourScale(IReadOnlyList<ColourStop> Stops)
{
    /// <summary>0 to 3 ratings: red (undeveloped), warm yellow, green, dark blue (excelling).</summary>
    public static ColourScale Rating { get; } = new([
        new(0, NhsColours.Red), new(1, NhsColours.WarmYellow), new(2, NhsColours.Green), new(3, NhsColours.DarkBlue)]);

    /// <summary>From pale grey to NHS dark blue over [min, max], e.g. for disagreement (spread).</summary>
    public static ColourScale Sequential(double min, double max) =>
        new([new(min, NhsColours.PaleGrey), new((min + max) / 2, NhsColours.Blue), new(max, NhsColours.DarkBlue)]);

    public Rgb ColourFor(double value)
    {
        if (Stops.Count == 0)
            return NhsColours.PaleGrey;
        if (value <= Stops[0].Value)
            return Stops[0].Colour;
        for (var i = 1; i < Stops.Count; i++)
        {
            var (low, high) = (Stops[i - 1], Stops[i]);
            if (value <= high.Value)
                return low.Colour.Mix(high.Colour, (value - low.Value) / (high.Value - low.Value));
        }
        return Stops[^1].Colour;
    }
}
