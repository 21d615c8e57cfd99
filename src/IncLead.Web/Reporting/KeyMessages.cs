using System.Globalization;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Eds.Publishing;
using IncLead.Web.Features.Results;

namespace IncLead.Web.Reporting;

/// <summary>
/// The key messages a board reads after the cover sheet, worked out from the pack's own data: strongest and weakest
/// stage, the largest movements since the last cycle, where the board disagrees most, the EDS rating and its change,
/// overdue actions and stories. Pure and worded in whole sentences, so each one is tested against the figures it states.
/// Scores are compared as printed (one decimal place), so a sentence never says "up 0.1" beside "1.4 to 1.4".
/// </summary>
public static class KeyMessages
{
    public const int Movements = 2;
    public const int Disagreements = 3;
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyList<string> For(BoardPackInput input)
    {
        var messages = new List<string>();
        messages.AddRange(StrongestAndWeakest(input.Results));
        messages.AddRange(Movement(input.Results, input.Previous));
        if (StatementMovement(input.Comparison) is { } statement) messages.Add(statement);
        messages.Add(Disagreement(input.Results));
        if (input.Eds is { } eds) messages.Add(Eds(eds, input.PreviousEds));
        messages.Add(Overdue(input.Actions, input.AsAt));
        messages.Add(StoriesMessage(input.Stories.Count));
        return messages;
    }

    public static IEnumerable<string> StrongestAndWeakest(CycleResults results)
    {
        var shown = results.Stages.Where(s => s.Figure.Mean is not null).ToList();
        if (shown.Count == 0)
        {
            yield return "No stage score can be shown: too few board members rated the statements.";
            yield break;
        }
        var strongest = shown.OrderByDescending(s => Round(s.Figure.Mean)).ThenBy(s => s.Number).First();
        var weakest = shown.OrderBy(s => Round(s.Figure.Mean)).ThenBy(s => s.Number).First();
        if (shown.Count == 1 || Round(strongest.Figure.Mean) == Round(weakest.Figure.Mean))
        {
            yield return $"Every stage shown scored {Score(strongest.Figure)}.";
            yield break;
        }
        yield return $"The strongest stage is stage {strongest.Number}, {strongest.Title}, at {Score(strongest.Figure)}.";
        yield return $"The weakest stage is stage {weakest.Number}, {weakest.Title}, at {Score(weakest.Figure)}.";
    }

    public static IEnumerable<string> Movement(CycleResults current, CycleResults? previous)
    {
        if (previous is null)
        {
            yield return "There is no earlier cycle to compare with, so no movement is reported.";
            yield break;
        }
        var moves = current.Stages
            .Select(s => (Stage: s, Now: Round(s.Figure.Mean), Then: Round(previous.Stages.FirstOrDefault(p => p.Code == s.Code)?.Figure.Mean)))
            .Where(m => m.Now is not null && m.Then is not null && m.Now != m.Then)
            .OrderByDescending(m => Math.Abs(m.Now!.Value - m.Then!.Value)).ThenBy(m => m.Stage.Number)
            .Take(Movements).ToList();
        if (moves.Count == 0)
        {
            yield return $"No stage score moved by 0.1 or more since {previous.CycleName}.";
            yield break;
        }
        foreach (var (stage, now, then) in moves)
        {
            var change = now!.Value - then!.Value;
            yield return $"Since {previous.CycleName}, stage {stage.Number}, {stage.Title}, {(change > 0 ? "rose" : "fell")} by {Math.Abs(change).ToString("0.0", EnGb)}, from {then.Value.ToString("0.0", EnGb)} to {now.Value.ToString("0.0", EnGb)}.";
        }
    }

    /// <summary>
    /// The statement whose score moved most since the last cycle, like for like only: statements split or new in this
    /// framework version are followed through the mapping and never counted as a movement. Null without a previous cycle.
    /// </summary>
    public static string? StatementMovement(PackComparison? comparison)
    {
        if (comparison is null) return null;
        var move = comparison.Statements
            .Where(s => s.Kind == Frameworks.LineageKind.Same)
            .Select(s => (Statement: s, Now: Round(s.Now), Then: Round(s.Then)))
            .Where(m => m.Now is not null && m.Then is not null && m.Now != m.Then)
            .OrderByDescending(m => Math.Abs(m.Now!.Value - m.Then!.Value)).ThenBy(m => m.Statement.Code, StringComparer.Ordinal)
            .FirstOrDefault();
        var unlike = comparison.Statements.Count(s => s.Kind is Frameworks.LineageKind.Split or Frameworks.LineageKind.New);
        var aside = unlike == 0 ? "" : $" {unlike} {(unlike == 1 ? "statement was" : "statements were")} split or new in version {comparison.Version}, so {(unlike == 1 ? "it is" : "they are")} not compared like for like.";
        if (move.Statement is null) return $"No statement score moved by 0.1 or more since {comparison.PreviousCycle}.{aside}";
        var change = move.Now!.Value - move.Then!.Value;
        return $"The statement that moved most since {comparison.PreviousCycle} is {move.Statement.Code} ({move.Statement.Text.TrimEnd('.')}), which {(change > 0 ? "rose" : "fell")} by " +
            $"{Math.Abs(change).ToString("0.0", EnGb)}, from {move.Then.Value.ToString("0.0", EnGb)} to {move.Now.Value.ToString("0.0", EnGb)}.{aside}";
    }

    public static string Disagreement(CycleResults results)
    {
        var divided = Divergence.MostDivergent(results.AllStatements, s => s.Statistics, s => s.Code, Disagreements).Take(Disagreements).ToList();
        if (divided.Count == 0) return "The board broadly agreed on every statement with a score shown.";
        var list = Join(divided.Select(s => $"{s.Code} ({s.Text.TrimEnd('.')})"));
        return divided.Count == 1 ? $"The board disagrees most on {list}." : $"The board disagrees most on {divided.Count} statements: {list}.";
    }

    public static string Eds(EdsSummary eds, EdsSummary? previous)
    {
        if (eds.OrganisationRatingName is not { } rating)
            return $"The EDS grading is not complete: {eds.OutcomesAgreed} of {eds.OutcomeCount} outcomes agreed.";
        var now = $"The EDS organisation rating is {rating}, {eds.OrganisationTotal} of {eds.OrganisationMaximum}";
        if (previous?.OrganisationRatingName is not { } before || previous.OrganisationTotal is not { } then) return now + ".";
        var change = eds.OrganisationTotal!.Value - then;
        return change == 0
            ? $"{now}, the same total as in {previous.CycleName}{(before == rating ? "" : $" ({before})")}."
            : $"{now}, {(change > 0 ? "up" : "down")} {Math.Abs(change)} from {then} ({before}) in {previous.CycleName}.";
    }

    public static string Overdue(IReadOnlyList<Features.Actions.ActionRow> actions, DateTime asAt)
    {
        var overdue = actions.Count(a => RagRule.IsOverdue(a.Status, a.DueOn, asAt));
        var open = actions.Count(a => a.Status.IsOpen());
        return overdue switch
        {
            0 => $"No action is overdue ({Count(open, "open action")}).",
            1 => $"1 action is overdue, of {Count(open, "open action")}.",
            _ => $"{overdue} actions are overdue, of {Count(open, "open action")}.",
        };
    }

    public static string StoriesMessage(int stories) => stories switch
    {
        0 => "No lived-experience story has been shared with the board.",
        1 => "1 lived-experience story is shared with the board in this pack.",
        _ => $"{stories} lived-experience stories are shared with the board in this pack.",
    };

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string Score(Figure figure) => ResultsCharts.Score(figure.Mean) + " out of 3" + (figure.Band is { } band ? $" ({band.Label()})" : "");

    private static double? Round(double? mean) => mean is { } m ? Math.Round(m, 1, MidpointRounding.AwayFromZero) : null;

    private static string Join(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
