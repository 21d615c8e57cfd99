namespace IncLead.Web.Domain.Actions;

/// <summary>Where an action is. Done and dropped close it; the others are open and can become overdue.</summary>
public enum ActionStatus
{
    NotStarted = 0,
    InProgress = 1,
    Blocked = 2,
    Done = 3,
    Dropped = 4,
}

public enum ActionPriority
{
    Low = 0,
    Medium = 1,
    High = 2,
}

public static class ActionStatuses
{
    public static readonly IReadOnlyList<ActionStatus> All = [ActionStatus.NotStarted, ActionStatus.InProgress, ActionStatus.Blocked, ActionStatus.Done, ActionStatus.Dropped];

    public static bool IsOpen(this ActionStatus status) => status is ActionStatus.NotStarted or ActionStatus.InProgress or ActionStatus.Blocked;

    public static string Label(this ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "Not started",
        ActionStatus.InProgress => "In progress",
        ActionStatus.Blocked => "Blocked",
        ActionStatus.Done => "Done",
        ActionStatus.Dropped => "Dropped",
        _ => status.ToString(),
    };

    public static string Label(this ActionPriority priority) => priority.ToString();
}
