using System.Globalization;
using IncLead.Documents.Colours;
using IncLead.Documents.Model;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Features.Actions;
using IncLead.Web.Features.Eds.Publishing;

namespace IncLead.Web.Reporting;

/// <summary>
/// Tables shared by the board pack and the single-subject reports, so the EDS scorecard and the action plan look the
/// same wherever they appear. No table here names a person: the pack goes to the whole board and may be published.
/// </summary>
public static class PackTables
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateTime date) => date.ToString("d MMMM yyyy", EnGb);

    public static Rgb RagFill(RagStatus rag) => rag switch
    {
        RagStatus.Red => NhsColours.Red,
        RagStatus.Amber => NhsColours.WarmYellow,
        RagStatus.Green => NhsColours.Green,
        RagStatus.Complete => NhsColours.Blue,
        _ => NhsColours.PaleGrey,
    };

    /// <summary>The framework's own grade colours, so the PDF matches the EDS pages.</summary>
    public static TableCell Grade(EdsSummary summary, int? score, string? name)
    {
        if (score is null || name is null) return new TableCell("Not agreed");
        var grade = summary.Grades.FirstOrDefault(g => g.Score == score);
        Rgb? fill = grade is not null && grade.Colour.StartsWith('#') ? Rgb.Parse(grade.Colour) : null;
        return new TableCell($"{name} ({score})", fill);
    }

    public static Table EdsScorecard(EdsSummary summary) => Table.Create(["Outcome", "Grade"],
        summary.Domains.SelectMany(d => d.Outcomes).Select(o => TableRow.Of($"{o.Code} {o.Text}", Grade(summary, o.Score, o.ScoreName))),
        [3, 1]);

    public static Table EdsDomainTotals(EdsSummary summary) => Table.Create(["Domain", "Total", "Rating"],
        summary.Domains.Select(d => TableRow.Of($"{d.Code} {d.Title}", d.Total is { } t ? $"{t} of {d.Maximum}" : "Not complete", Grade(summary, d.Rating, d.RatingName))),
        [3, 1, 1.4]);

    public static KeyValueBlock RagCounts(IReadOnlyList<ActionRow> actions) =>
        new([.. Enum.GetValues<RagStatus>().Select(r => new KeyValue(r.Label(), actions.Count(a => a.Rag == r).ToString(EnGb)))]);

    /// <summary>Actions with their RAG filled in colour; the word is always there too, so colour is never the only signal.</summary>
    public static Table Actions(IEnumerable<ActionRow> actions) => Table.Create(["Ref", "Action", "Due", "Status", "RAG", "Why"],
        actions.Select(a => TableRow.Of($"A{a.Id}", a.Title, Date(a.DueOn), a.Status.Label(), new TableCell(a.Rag.Label(), RagFill(a.Rag)), a.RagReason)),
        [0.6, 3, 1.3, 1.1, 0.9, 1.6]);

    public static IEnumerable<ActionRow> Overdue(IEnumerable<ActionRow> actions, DateTime asAt) =>
        actions.Where(a => RagRule.IsOverdue(a.Status, a.DueOn, asAt)).OrderBy(a => a.DueOn).ThenBy(a => a.Id);
}
