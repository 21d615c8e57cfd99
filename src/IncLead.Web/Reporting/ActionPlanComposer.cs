using IncLead.Documents.Model;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Features.Actions;

namespace IncLead.Web.Reporting;

/// <summary>
/// The organisation's action plan as a PDF, as the action list shows it: RAG counts, the overdue actions, then every
/// action in the list's order (due date first) with its owner. Rows come from <see cref="ActionPlanQuery"/>, so RAG
/// is the rule's answer and an action's link to a story the reader may not see is never told.
/// </summary>
public static class ActionPlanComposer
{
    public static Document Compose(string organisation, IReadOnlyList<ActionRow> actions, DateTime asAt)
    {
        var day = PackTables.DayOf(asAt);
        var overdue = PackTables.Overdue(actions, asAt).ToList();
        var open = actions.Count(a => a.Status.IsOpen());
        Block[] blocks =
        [
            new TitlePage("Action plan", $"As at {day}", [organisation, $"{Count(actions.Count, "action")}, {open} open, {overdue.Count} overdue"]),
            new Heading(1, "Summary"),
            new Paragraph("How many actions have each RAG rating (red, amber or green). The rating comes from each action's status, due date and whether it is at risk; nobody types it in."),
            PackTables.RagCounts(actions),
            new Heading(1, "Overdue actions"),
            overdue.Count == 0 ? new Paragraph("No action is overdue.") : PackTables.Actions(overdue, withOwner: true),
            new Heading(1, "All actions"),
            actions.Count == 0 ? new Paragraph("The plan has no actions yet.") : PackTables.Actions(actions, withOwner: true),
        ];
        return new Document($"Action plan, {organisation}, {day}", blocks)
        {
            Subject = $"{organisation}: the inclusion action plan as at {day}",
            Author = organisation,
            Created = new DateTimeOffset(DateTime.SpecifyKind(asAt, DateTimeKind.Utc)),
            Running = new RunningText(organisation, $"Action plan as at {day}", "", "Official"),
        };
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
