namespace IncLead.Web.Features.Actions.Reminders;

/// <summary>The two reminders an owner gets, once each for a given due date.</summary>
public enum ReminderKind
{
    /// <summary>Within <see cref="ActionReminders.DaysBefore"/> days of the due date, and not yet past it.</summary>
    DueSoon,

    /// <summary>Past the due date and still open.</summary>
    Overdue,
}
