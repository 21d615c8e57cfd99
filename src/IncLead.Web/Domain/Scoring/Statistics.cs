namespace IncLead.Web.Domain.Scoring;

/// <summary>Describes the answers to one statement. Pure arithmetic, so it is tested with tables, not with a database.</summary>
public static class Statistics
{
    public static StatementStatistics Describe(IEnumerable<Rating> answers, int anonymityThreshold)
    {
        var all = answers.ToList();
        var scores = all.Select(a => a.Score()).OfType<int>().Order().ToArray();
        var dontKnow = all.Count - scores.Length;
        var threshold = Math.Max(1, anonymityThreshold);

        // Don't-know is a count of people, so it is shown once enough people answered, even if few gave a score.
        int? dontKnowShown = all.Count >= threshold ? dontKnow : null;
        if (scores.Length < threshold)
            return new StatementStatistics(all.Count, scores.Length, dontKnowShown, null, null, null, null, null, null, Suppressed: scores.Length > 0);

        var distribution = RatingScale.Points.Select(p => scores.Count(s => s == (int)p)).ToArray();
        var mean = scores.Average();
        var variance = scores.Sum(s => (s - mean) * (s - mean)) / scores.Length;
        return new StatementStatistics(all.Count, scores.Length, dontKnowShown, distribution, mean,
            Quantile(scores, 0.5), Quantile(scores, 0.25), Quantile(scores, 0.75), Math.Sqrt(variance), Suppressed: false);
    }

    /// <summary>
    /// Linear interpolation between closest ranks (Hyndman and Fan type 7, as Excel's QUARTILE.INC), so a board
    /// secretary can check any figure in a spreadsheet.
    /// </summary>
    public static double Quantile(IReadOnlyList<int> sorted, double p)
    {
        if (sorted.Count == 0) throw new ArgumentException("No values.", nameof(sorted));
        var h = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((h - lower) * (sorted[upper] - sorted[lower]));
    }

    /// <summary>The mean of the statement means that are shown; a group with none shown has no mean.</summary>
    public static double? MeanOfMeans(IEnumerable<double?> means)
    {
        var shown = means.OfType<double>().ToList();
        return shown.Count == 0 ? null : shown.Average();
    }
}
