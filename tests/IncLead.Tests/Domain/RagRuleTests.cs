using IncLead.Tests.Support;
using IncLead.Web.Domain.Actions;

namespace IncLead.Tests.Domain;

/// <summary>The RAG rule, as a table: status, days until due, risk flag → RAG. Time comes from a fake clock.</summary>
public sealed class RagRuleTests
{
    public static TheoryData<ActionStatus, int, bool, RagStatus> Table => new()
    {
        // Closed actions are never coloured, whatever the dates say.
        { ActionStatus.Done, -30, false, RagStatus.Complete },
        { ActionStatus.Done, 10, true, RagStatus.Complete },
        { ActionStatus.Dropped, -30, false, RagStatus.Dropped },
        { ActionStatus.Dropped, 100, true, RagStatus.Dropped },
        // Blocked is red even with plenty of time.
        { ActionStatus.Blocked, 200, false, RagStatus.Red },
        // Overdue is red from the day after the due date, for any open status.
        { ActionStatus.NotStarted, -1, false, RagStatus.Red },
        { ActionStatus.InProgress, -1, false, RagStatus.Red },
        { ActionStatus.InProgress, -90, true, RagStatus.Red },
        // Due today is not overdue.
        { ActionStatus.InProgress, 0, false, RagStatus.Green },
        { ActionStatus.NotStarted, 0, false, RagStatus.Amber },
        // The owner's risk flag makes any open, not-overdue action amber.
        { ActionStatus.InProgress, 200, true, RagStatus.Amber },
        { ActionStatus.NotStarted, 200, true, RagStatus.Amber },
        // Not started and due within 30 days is amber; in progress is not.
        { ActionStatus.NotStarted, 30, false, RagStatus.Amber },
        { ActionStatus.NotStarted, 31, false, RagStatus.Green },
        { ActionStatus.InProgress, 5, false, RagStatus.Green },
        { ActionStatus.InProgress, 30, false, RagStatus.Green },
    };

    [Theory, MemberData(nameof(Table))]
    public void Rag_follows_the_rule(ActionStatus status, int daysUntilDue, bool atRisk, RagStatus expected)
    {
        var clock = new FakeClock();
        var now = clock.GetUtcNow().UtcDateTime;
        Assert.Equal(expected, RagRule.For(status, now.Date.AddDays(daysUntilDue), atRisk, now));
    }

    [Fact]
    public void An_action_turns_amber_then_red_as_the_clock_moves_on()
    {
        var clock = new FakeClock();
        var raised = clock.GetUtcNow().UtcDateTime;
        var action = new ActionItem(1, ActionSource.None, "Review the dashboard", "", "owner", null, raised.Date.AddDays(31), ActionPriority.Medium, "Lead", raised);

        Assert.Equal(RagStatus.Green, action.RagAt(clock.GetUtcNow().UtcDateTime));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(RagStatus.Amber, action.RagAt(clock.GetUtcNow().UtcDateTime));
        clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(RagStatus.Amber, action.RagAt(clock.GetUtcNow().UtcDateTime));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(RagStatus.Red, action.RagAt(clock.GetUtcNow().UtcDateTime));
        Assert.True(action.IsOverdueAt(clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public void The_time_of_day_does_not_change_the_rag()
    {
        var due = new DateTime(2026, 11, 10, 0, 0, 0, DateTimeKind.Utc);
        Assert.Equal(RagStatus.Green, RagRule.For(ActionStatus.InProgress, due, false, due.AddHours(23).AddMinutes(59)));
        Assert.Equal(RagStatus.Red, RagRule.For(ActionStatus.InProgress, due, false, due.AddDays(1)));
    }

    [Fact]
    public void Every_rag_has_a_reason_in_words()
    {
        var now = new FakeClock().GetUtcNow().UtcDateTime;
        foreach (var status in ActionStatuses.All)
        {
            foreach (var days in new[] { -3, 0, 10, 60 })
            {
                var (_, reason) = RagRule.Assess(status, now.Date.AddDays(days), days == 60, now);
                Assert.False(string.IsNullOrWhiteSpace(reason));
            }
        }
        Assert.Equal("Overdue by 3 days", RagRule.Assess(ActionStatus.InProgress, now.Date.AddDays(-3), false, now).Reason);
    }
}
