namespace IncLead.Web.Domain.Eds;

/// <summary>A range of totals (inclusive) that earns a rating; the rating is the grade score it names (0 to 3).</summary>
public sealed record RatingBand(int Rating, int Min, int Max);

/// <summary>How the median of an even number of Domain 1 service totals becomes a whole number (docs/eds-rating-bands.md).</summary>
public enum EvenCountRounding
{
    /// <summary>7 and 8 give 7: half a point should not lift the rating above what both services show.</summary>
    Down = 0,
    HalfUp = 1,
}

/// <summary>
/// Totals to ratings for EDS 2022. Configuration, not framework data, because published sources disagree; see
/// docs/eds-rating-bands.md for the defaults and where each figure comes from.
/// </summary>
public sealed record RatingBands(
    IReadOnlyList<RatingBand> Organisation,
    IReadOnlyDictionary<string, IReadOnlyList<RatingBand>> Domains,
    EvenCountRounding Domain1EvenCountRounding)
{
    public static int? RatingFor(IReadOnlyList<RatingBand>? bands, int total) =>
        bands?.FirstOrDefault(b => total >= b.Min && total <= b.Max)?.Rating;

    public IReadOnlyList<RatingBand>? ForDomain(string code) =>
        Domains.TryGetValue(code, out var bands) && bands.Count > 0 ? bands : null;

    /// <summary>
    /// What is wrong with a list of bands: they must start at 0, run on from each other with no gap or overlap, and
    /// give each rating at most once, in ascending order. Empty means no problems (and no rating).
    /// </summary>
    public static IReadOnlyList<string> Problems(string name, IReadOnlyList<RatingBand> bands)
    {
        var problems = new List<string>();
        if (bands.Count == 0) return problems;
        var ordered = bands.OrderBy(b => b.Min).ToList();
        if (ordered[0].Min != 0) problems.Add($"{name}: the first band must start at 0, not {ordered[0].Min}.");
        for (var i = 0; i < ordered.Count; i++)
        {
            var band = ordered[i];
            if (band.Max < band.Min) problems.Add($"{name}: the band {band.Min}–{band.Max} ends before it starts.");
            if (!EdsScale.IsOnScale(band.Rating)) problems.Add($"{name}: rating {band.Rating} is not on the scale 0 to 3.");
            if (i == 0) continue;
            var previous = ordered[i - 1];
            if (band.Min <= previous.Max) problems.Add($"{name}: the bands {previous.Min}–{previous.Max} and {band.Min}–{band.Max} overlap.");
            else if (band.Min > previous.Max + 1) problems.Add($"{name}: no band covers {previous.Max + 1}–{band.Min - 1}.");
            if (band.Rating <= previous.Rating) problems.Add($"{name}: ratings must rise with the totals ({previous.Rating} then {band.Rating}).");
        }
        return problems;
    }

    /// <summary>The highest total the bands cover, to check them against a framework's maximum.</summary>
    public static int? Top(IReadOnlyList<RatingBand> bands) => bands.Count == 0 ? null : bands.Max(b => b.Max);
}
