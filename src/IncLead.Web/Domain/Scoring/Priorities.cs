namespace IncLead.Web.Domain.Scoring;

/// <summary>What the priority formula needs to know about one statement in one cycle.</summary>
/// <param name="Agreed">The board's agreed rating score, if it agreed one.</param>
/// <param name="Mean">The mean of the ratings, if shown.</param>
/// <param name="Target">The level the board set itself for this statement (or its stage) last cycle, if any.</param>
/// <param name="Spread">The interquartile range of the ratings, if shown.</param>
/// <param name="Answers">People who answered, including "don't know".</param>
/// <param name="DontKnow">People who answered "don't know", if shown.</param>
/// <param name="PreviousMean">The mean last cycle, if shown then.</param>
public sealed record PriorityInput(double? Agreed, double? Mean, double? Target, double? Spread, int Answers, int? DontKnow, double? PreviousMean)
{
    /// <summary>The level the statement is judged at: the agreed rating, or the mean where none is agreed.</summary>
    public double? Level => Agreed ?? Mean;
}

/// <summary>The points a statement earns under each part of the formula; <see cref="Total"/> is out of 100.</summary>
public sealed record PriorityScore(double Low, double BelowTarget, double Disagreement, double DontKnow, double Fall)
{
    public double Total => Low + BelowTarget + Disagreement + DontKnow + Fall;
}

/// <summary>
/// The improvement priority formula (docs/decisions/0023), shown on the page in the same words as <see cref="PlainWords"/>.
/// Every part is a share of its weight, so a statement scores between 0 and 100 and the parts can be read separately.
/// </summary>
public static class PriorityFormula
{
    public const double LowWeight = 40, TargetWeight = 20, DisagreementWeight = 15, DontKnowWeight = 15, FallWeight = 10;

    public const string PlainWords =
        "Each statement gets up to 100 points. Up to 40 for a low score: the board's agreed rating, or the mean rating where nothing is agreed " +
        "(40 points at 0, none at 3). Up to 20 for falling short of the target the board set itself (20 points for a shortfall of the whole scale). " +
        "Up to 15 for disagreement (the interquartile range of the ratings; 15 points for a range of 2 or more). " +
        "Up to 15 for the share of people who answered \"don't know\" (15 points if everyone did). " +
        "Up to 10 for a fall in the mean since last cycle (10 points for a fall of 1 or more). " +
        "Statements whose score is not shown, to protect anonymity, and that have no agreed rating are not ranked.";

    /// <summary>The statement's points, or null when it has no level to judge (nothing agreed, too few ratings to show).</summary>
    public static PriorityScore? Score(PriorityInput input)
    {
        if (input.Level is not { } level) return null;
        var low = LowWeight * Clamp((3 - level) / 3);
        var belowTarget = input.Target is { } target ? TargetWeight * Clamp((target - level) / 3) : 0;
        var disagreement = input.Spread is { } spread ? DisagreementWeight * Clamp(spread / 2) : 0;
        var dontKnow = input.DontKnow is { } dk && input.Answers > 0 ? DontKnowWeight * Clamp((double)dk / input.Answers) : 0;
        var fall = input.PreviousMean is { } before && input.Mean is { } now ? FallWeight * Clamp(before - now) : 0;
        return new PriorityScore(low, belowTarget, disagreement, dontKnow, fall);
    }

    /// <summary>Highest total first; equal totals in statement-code order, so the list never reorders between visits.</summary>
    public static IReadOnlyList<T> Rank<T>(IEnumerable<T> items, Func<T, PriorityScore?> score, Func<T, string> code) =>
        [.. items.Where(i => score(i) is not null)
            .OrderByDescending(i => Math.Round(score(i)!.Total, 6))
            .ThenBy(code, StringComparer.Ordinal)];

    private static double Clamp(double share) => Math.Clamp(share, 0, 1);
}
