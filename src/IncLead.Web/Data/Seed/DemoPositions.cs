using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Cycles;

namespace IncLead.Web.Data.Seed;

/// <summary>
/// The demo board's agreed positions, worked out from its own ratings the way the demo equality lead would minute
/// them. The rule: the middle rating of the members who gave one (Don't know left out). When the middle falls between
/// two ratings the board takes the higher, unless it split (at least two members two or more points from at least
/// two others): then it takes the lower, so a divided board never claims more than half its members saw, the
/// rationale says so and the members above or below the position are recorded as dissent.
/// </summary>
internal static class DemoPositions
{
    /// <summary>The statement the story turns on: divided in 2024/25, an action (DemoActions) followed, agreed since.</summary>
    public const string StoryStatement = "S1.F2.02";

    public sealed record Position(Rating Rating, string Rationale, string? Dissent);

    /// <summary>Ratings by respondent index (DemoData.BoardMembers order); Don't know is left out of the rule and counted.</summary>
    public static Position? For(OutlineRow row, IReadOnlyList<(int Respondent, Rating Rating)> ratings, int year)
    {
        var known = ratings.Where(r => r.Rating != Rating.DontKnow).OrderBy(r => r.Rating).ToList();
        if (known.Count == 0) return null;
        // Split: at least two members two or more points away from at least two others, not one outlier.
        var split = known.Count >= 4 && known[^2].Rating - known[1].Rating >= 2;
        var lower = known[(known.Count - 1) / 2].Rating;
        var upper = known[known.Count / 2].Rating;
        var position = split ? lower : upper;
        var unsure = ratings.Count - known.Count;

        string figures;
        if (split)
        {
            var execHigher = Mean(known, exec: true) > Mean(known, exec: false);
            figures = $"The board split, {(execHigher ? "executive directors rating it higher than non-executives" : "non-executives rating it higher than executive directors")}, so by its rule the position is the lower of the middle ratings.";
        }
        else
        {
            var chose = known.Count(r => r.Rating == position);
            figures = (chose == known.Count ? $"All {Words(known.Count)} members who gave a rating chose {position.Label()}"
                : $"{Cap(Words(chose))} of the {Words(known.Count)} members who gave a rating chose {position.Label()}")
                + (unsure > 0 ? $"; {Words(unsure)} did not know." : ".");
        }
        var rationale = row.StatementCode == StoryStatement && year <= 1 ? Story(year) + " " + figures : Rationale(row, position) + " " + figures;
        return new Position(position, rationale, split ? Dissent(known, position) : null);
    }

    private static string Rationale(OutlineRow row, Rating rating)
    {
        var s = DemoPositionContent.For(row.FactorCode, row.StageNumber);
        return rating switch
        {
            Rating.Excelling => $"The board looked at {s.Evidence}: {s.Seen}, and this has held all year.",
            Rating.Achieving => $"The board looked at {s.Evidence}: {s.Seen}. The position stops short of Excelling because {s.Gap}.",
            Rating.Developing => $"The board looked at {s.Evidence}. {Cap(s.Gap)}, so the position is Developing even though {s.Seen}.",
            _ => $"The board looked at {s.Evidence} and found little to build on yet: {s.Gap}.",
        };
    }

    private static string Story(int year) => year == 0
        ? "Stories from patients and staff were heard at two development sessions this year but never at a public board meeting. Executive directors pointed to the stories the quality committee hears; non-executives said the board itself rarely hears from patients or staff directly. The board agreed to open every public board meeting with a patient, carer or staff story (see the action plan) and to look at this again next year."
        : "Since June a patient, carer or staff story has opened every public board meeting, and the minutes record what the board asked and what changed as a result. Members who were split on this last year now agree.";

    private static string? Dissent(List<(int Respondent, Rating Rating)> known, Rating position)
    {
        var parts = new List<string>();
        var above = known.Where(r => r.Rating > position).ToList();
        var below = known.Where(r => r.Rating < position).ToList();
        if (above.Count > 0)
            parts.Add($"{Cap(Words(above.Count))} {Members(above)} rated it higher, up to {above.Max(r => r.Rating).Label()}, and asked that the minutes record that they see more progress than the position shows.");
        if (below.Count > 0)
            parts.Add($"{Cap(Words(below.Count))} {Members(below)} rated it lower, at {below.Min(r => r.Rating).Label()}, and {(below.Count == 1 ? "wants" : "want")} evidence from outside the boardroom before the rating rises.");
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }

    private static string Members(List<(int Respondent, Rating Rating)> group)
    {
        var executives = group.Count(r => DemoComments.IsExecutive(r.Respondent));
        var several = group.Count > 1;
        if (executives == group.Count) return several ? "members, all executive directors," : "executive director";
        if (executives == 0) return several ? "members, all non-executive," : "non-executive member";
        return "members, executive and non-executive,";
    }

    private static double Mean(List<(int Respondent, Rating Rating)> known, bool exec)
    {
        var group = known.Where(r => DemoComments.IsExecutive(r.Respondent) == exec).ToList();
        return group.Count == 0 ? 0 : group.Average(r => (int)r.Rating);
    }

    private static string Words(int n) => n switch
    {
        0 => "none", 1 => "one", 2 => "two", 3 => "three", 4 => "four", 5 => "five", 6 => "six", 7 => "seven", 8 => "eight",
        _ => n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Cap(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
