namespace IncLead.Web.Domain.Actions;

/// <summary>
/// The one place the RAG rule lives (docs/action-rag.md). Dates are whole UTC days: an action due today is not yet
/// overdue; it is overdue from the next day. Checked in this order:
/// done → Complete; dropped → Dropped; blocked → Red; overdue → Red; owner flags a risk → Amber;
/// not started and due within 30 days → Amber; otherwise → Green.
/// </summary>
public static class RagRule
{
    public const int AmberWindowDays = 30;

    /// <summary>The rule in words, shown beside every RAG on screen; kept here so the words and the code change together.</summary>
    public static readonly IReadOnlyList<string> HelpLines =
    [
        "Red: the action is blocked, or it is overdue (past its due date and not done or dropped).",
        $"Amber: the owner has flagged a risk, or it is due within {AmberWindowDays} days and has not been started.",
        "Green: any other open action.",
        "Complete: the action is done.",
        "Dropped: the action is no longer being pursued. It shows the reason it was dropped and is not counted as red, amber or green.",
    ];

    public const string HelpIntroduction = "The red, amber or green (RAG) rating is worked out from the action's status, its due date and whether the owner has flagged a risk. Nobody types it in. An action is overdue from the day after its due date.";

    public static RagStatus For(ActionStatus status, DateTime dueOn, bool atRisk, DateTime now) => Assess(status, dueOn, atRisk, now).Rag;

    public static bool IsOverdue(ActionStatus status, DateTime dueOn, DateTime now) => status.IsOpen() && dueOn.Date < now.Date;

    public static int DaysUntilDue(DateTime dueOn, DateTime now) => (dueOn.Date - now.Date).Days;

    /// <summary>The rating with the reason for it, in words a board member can check against the rule.</summary>
    public static (RagStatus Rag, string Reason) Assess(ActionStatus status, DateTime dueOn, bool atRisk, DateTime now)
    {
        var days = DaysUntilDue(dueOn, now);
        return status switch
        {
            ActionStatus.Done => (RagStatus.Complete, "Done"),
            ActionStatus.Dropped => (RagStatus.Dropped, "Dropped: no longer being pursued"),
            ActionStatus.Blocked => (RagStatus.Red, "Blocked"),
            _ when days < 0 => (RagStatus.Red, $"Overdue by {Days(-days)}"),
            _ when atRisk => (RagStatus.Amber, "The owner has flagged a risk"),
            ActionStatus.NotStarted when days <= AmberWindowDays => (RagStatus.Amber, days == 0 ? "Due today and not started" : $"Due in {Days(days)} and not started"),
            _ => (RagStatus.Green, "On track"),
        };
    }

    public static string Label(this RagStatus rag) => rag.ToString();

    /// <summary>The NHS.UK tag colour; the word is always shown too, so colour is never the only signal.</summary>
    public static string TagClass(this RagStatus rag) => rag switch
    {
        RagStatus.Red => "nhsuk-tag--red",
        RagStatus.Amber => "nhsuk-tag--orange",
        RagStatus.Green => "nhsuk-tag--green",
        RagStatus.Complete => "nhsuk-tag--blue",
        _ => "nhsuk-tag--grey",
    };

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";
}
