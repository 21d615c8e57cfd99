namespace IncLead.Web.Domain.Actions;

/// <summary>
/// Which status changes are allowed. Open actions may move freely; a done action can only be reopened as in progress,
/// and a dropped one revived as not started or in progress, so a closed action never jumps straight to another
/// closed state or to blocked without someone saying it is live again. Done needs evidence when the organisation
/// asks for it; dropped always needs a reason, because a quietly dropped action is how plans fail.
/// </summary>
public static class ActionStatusRules
{
    public const string StatusField = "Status";
    public const string EvidenceField = "CompletionEvidence";
    public const string DropReasonField = "DropReason";

    public static StatusProblem? Check(ActionStatus from, ActionStatus to, string? evidence, string? dropReason, bool evidenceRequired)
    {
        if (!Enum.IsDefined(to)) return new(StatusField, "Choose a status from the list");
        if (from != to && !CanMove(from, to))
            return new(StatusField, from == ActionStatus.Done
                ? "A done action can only be reopened as in progress"
                : "A dropped action can only be restarted as not started or in progress");
        if (to == ActionStatus.Done && evidenceRequired && string.IsNullOrWhiteSpace(evidence))
            return new(EvidenceField, "Describe the evidence that the action is done: your organisation asks for it before an action is marked done");
        if (to == ActionStatus.Dropped && string.IsNullOrWhiteSpace(dropReason))
            return new(DropReasonField, "Say why the action is being dropped");
        return null;
    }

    public static bool CanMove(ActionStatus from, ActionStatus to) => from switch
    {
        _ when from == to => true,
        ActionStatus.Done => to == ActionStatus.InProgress,
        ActionStatus.Dropped => to is ActionStatus.NotStarted or ActionStatus.InProgress,
        _ => true,
    };

    /// <summary>The statuses offered when changing an action that is currently <paramref name="from"/>.</summary>
    public static IReadOnlyList<ActionStatus> Choices(ActionStatus from) => [.. ActionStatuses.All.Where(to => CanMove(from, to))];
}

public sealed record StatusProblem(string Field, string Message);
