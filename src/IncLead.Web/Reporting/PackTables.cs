using System.Globalization;
using IncLead.Documents.Colours;
using IncLead.Documents.Model;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Features.Actions;
using IncLead.Web.Features.Eds.Publishing;

namespace IncLead.Web.Reporting;

/// <summary>
/// Tables shared by the board pack and the single-subject reports, so the EDS scorecard and the action plan look the
/// same wherever they appear. No table here names a person unless asked to: the pack goes to the whole board and may
/// be published, while the action plan report, read only inside the organisation, names each action's owner.
/// </summary>
public static class PackTables
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A whole day (a due date, a meeting date): written as stored.</summary>
    public static string Date(DateTime date) => date.ToString("d MMMM yyyy", EnGb);

    /// <summary>The UK day of a moment stored in UTC (a sign-off, a publication): 11:30pm UTC on 31 May is 1 June in BST.</summary>
    public static string DayOf(DateTime utc) => Date(Infrastructure.Dates.ToLondon(utc));

    public static Rgb RagFill(RagStatus rag) => rag switch
    {
        RagStatus.Red => NhsColours.Red,
        RagStatus.Amber => NhsColours.WarmYellow,
        RagStatus.Green => NhsColours.Green,
        RagStatus.Complete => NhsColours.Blue,
        _ => NhsColours.PaleGrey,
    };

    /// <summary>What every output adds to an outcome or grade whose national wording the framework file marks as not confirmed, as the EDS pages' tag says.</summary>
    public const string ToBeConfirmed = " (wording to be confirmed)";

    /// <summary>An outcome as printed: its code, its text, and the flag where its wording is not confirmed.</summary>
    public static string OutcomeText(SummaryOutcome outcome) => $"{outcome.Code} {outcome.Text}" + (outcome.WordingToBeConfirmed ? ToBeConfirmed : "");

    /// <summary>A grade's name as printed, with the flag where the framework file marks its wording as not confirmed.</summary>
    public static string GradeName(EdsSummary summary, int? score, string name) =>
        name + (summary.Grades.FirstOrDefault(g => g.Score == score)?.WordingToBeConfirmed == true ? ToBeConfirmed : "");

    /// <summary>The framework's own grade colours, so the PDF matches the EDS pages.</summary>
    public static TableCell Grade(EdsSummary summary, int? score, string? name)
    {
        if (score is null || name is null) return new TableCell("Not agreed");
        var grade = summary.Grades.FirstOrDefault(g => g.Score == score);
        Rgb? fill = grade is not null && grade.Colour.StartsWith('#') ? Rgb.Parse(grade.Colour) : null;
        return new TableCell($"{GradeName(summary, score, name)} ({score})", fill);
    }

    /// <summary>
    /// An outcome's agreed score: one grade, or (Domain 1 of EDS 2022) a grade for each service assessed, which is
    /// how the panel agreed it; such an outcome has no single score.
    /// </summary>
    public static TableCell OutcomeScore(EdsSummary summary, SummaryOutcome outcome) =>
        outcome.Score is null && outcome.ServiceScores.Count > 0
            ? new TableCell(string.Join("\n", outcome.ServiceScores.Select(x => $"{x.Service}: {GradeName(summary, x.Score, x.ScoreName)} ({x.Score})")))
            : Grade(summary, outcome.Score, outcome.ScoreName);

    public static Table EdsScorecard(EdsSummary summary) => Table.Create(["Outcome", "Grade"],
        summary.Domains.SelectMany(d => d.Outcomes).Select(o => TableRow.Of(OutcomeText(o), OutcomeScore(summary, o))),
        [3, 1]);

    /// <summary>The organisation's EDS rating with its total, or how far grading has got.</summary>
    public static string EdsOverall(EdsSummary summary) => summary.OrganisationRatingName is { } name
        ? $"{GradeName(summary, summary.OrganisationRating, name)} ({summary.OrganisationTotal} of {summary.OrganisationMaximum})"
        : $"Not complete ({summary.OutcomesAgreed} of {summary.OutcomeCount} outcomes agreed)";

    public static Table EdsDomainTotals(EdsSummary summary) => Table.Create(["Domain", "Total", "Rating"],
        summary.Domains.Select(d => TableRow.Of($"{d.Code} {d.Title}", new TableCell(d.Total is { } t ? $"{t} of {d.Maximum}" : "Not complete", Align: CellAlign.Right), Grade(summary, d.Rating, d.RatingName))),
        [3, 1, 1.4]);

    /// <summary>How many actions have each RAG status; the counts right-aligned, as figures are in every table.</summary>
    public static Table RagCounts(IReadOnlyList<ActionRow> actions) => new([2, 1],
        [TableRow.Of("RAG status", new TableCell("Actions", Align: CellAlign.Right))],
        [.. Enum.GetValues<RagStatus>().Select(r => TableRow.Of(r.Label(), new TableCell(actions.Count(a => a.Rag == r).ToString(EnGb), Align: CellAlign.Right)))]);

    /// <summary>
    /// Actions with their RAG filled in colour (the text colour chosen for contrast by the engine); the word is always
    /// there too, so colour is never the only signal. With <paramref name="withOwner"/>, each action's owner too.
    /// </summary>
    public static Table Actions(IEnumerable<ActionRow> actions, bool withOwner = false) => withOwner
        ? Table.Create(["Ref", "Action", "Owner", "Due", "Status", "RAG", "Why"],
            actions.Select(a => TableRow.Of($"A{a.Id}", a.Title, a.OwnerName, Date(a.DueOn), a.Status.Label(), Rag(a), a.RagReason)),
            [0.6, 2.4, 1.3, 1.2, 1.1, 0.9, 1.4])
        : Table.Create(["Ref", "Action", "Due", "Status", "RAG", "Why"],
            actions.Select(a => TableRow.Of($"A{a.Id}", a.Title, Date(a.DueOn), a.Status.Label(), Rag(a), a.RagReason)),
            [0.6, 3, 1.3, 1.1, 0.9, 1.6]);

    private static TableCell Rag(ActionRow action) => new(action.Rag.Label(), RagFill(action.Rag));

    public static IEnumerable<ActionRow> Overdue(IEnumerable<ActionRow> actions, DateTime asAt) =>
        actions.Where(a => RagRule.IsOverdue(a.Status, a.DueOn, asAt)).OrderBy(a => a.DueOn).ThenBy(a => a.Id);
}
