using System.ComponentModel.DataAnnotations;

namespace IncLead.Web.Features.Actions.Reminders;

public sealed class ActionReminderOptions
{
    public const string Section = "ActionReminders";

    /// <summary>Turns the background job off (tests that run it by hand).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often to look for actions that need a reminder. Each check is one indexed query.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}
