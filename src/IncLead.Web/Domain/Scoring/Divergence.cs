namespace IncLead.Web.Domain.Scoring;

/// <summary>
/// Which statements the board should discuss: those whose ratings are most spread. Ranked by interquartile range,
/// then by standard deviation; statements tied with the last one on the list are all kept, so the cut-off never
/// picks between equals arbitrarily. See docs/scoring.md.
/// </summary>
public static class Divergence
{
    public const double MinimumInterquartileRange = 1.0;
    public const int ListLength = 10;

    public static IReadOnlyList<T> MostDivergent<T>(IEnumerable<T> items, Func<T, StatementStatistics> statistics, Func<T, string> code, int length = ListLength)
    {
        var ranked = items
            .Select(i => (Item: i, Stats: statistics(i)))
            .Where(x => !x.Stats.Suppressed && x.Stats.InterquartileRange >= MinimumInterquartileRange)
            .OrderByDescending(x => x.Stats.InterquartileRange)
            .ThenByDescending(x => x.Stats.StandardDeviation)
            .ThenBy(x => code(x.Item), StringComparer.Ordinal)
            .ToList();
        if (ranked.Count <= length) return ranked.Select(x => x.Item).ToList();

        var last = ranked[length - 1].Stats;
        return ranked
            .TakeWhile((x, i) => i < length || (Same(x.Stats.InterquartileRange, last.InterquartileRange) && Same(x.Stats.StandardDeviation, last.StandardDeviation)))
            .Select(x => x.Item)
            .ToList();
    }

    private static bool Same(double? a, double? b) => a is { } x && b is { } y && Math.Abs(x - y) < 1e-9;
}
