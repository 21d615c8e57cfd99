using IncLead.Web.Domain.Actions;

namespace IncLead.Tests.Domain;

public sealed class ActionStatusRulesTests
{
    public static TheoryData<ActionStatus, ActionStatus, bool> Moves => new()
    {
        { ActionStatus.NotStarted, ActionStatus.InProgress, true },
        { ActionStatus.NotStarted, ActionStatus.Done, true },
        { ActionStatus.InProgress, ActionStatus.Blocked, true },
        { ActionStatus.Blocked, ActionStatus.Dropped, true },
        { ActionStatus.Done, ActionStatus.InProgress, true },
        { ActionStatus.Done, ActionStatus.Blocked, false },
        { ActionStatus.Done, ActionStatus.Dropped, false },
        { ActionStatus.Done, ActionStatus.NotStarted, false },
        { ActionStatus.Dropped, ActionStatus.NotStarted, true },
        { ActionStatus.Dropped, ActionStatus.InProgress, true },
        { ActionStatus.Dropped, ActionStatus.Done, false },
        { ActionStatus.Dropped, ActionStatus.Blocked, false },
    };

    [Theory, MemberData(nameof(Moves))]
    public void Closed_actions_only_reopen(ActionStatus from, ActionStatus to, bool allowed) =>
        Assert.Equal(allowed, ActionStatusRules.CanMove(from, to));

    [Fact]
    public void Done_needs_evidence_only_when_the_organisation_asks_for_it()
    {
        Assert.Equal(ActionStatusRules.EvidenceField, ActionStatusRules.Check(ActionStatus.InProgress, ActionStatus.Done, " ", null, evidenceRequired: true)?.Field);
        Assert.Null(ActionStatusRules.Check(ActionStatus.InProgress, ActionStatus.Done, null, null, evidenceRequired: false));
        Assert.Null(ActionStatusRules.Check(ActionStatus.InProgress, ActionStatus.Done, "Minutes of the May board", null, evidenceRequired: true));
    }

    [Fact]
    public void Dropping_always_needs_a_reason()
    {
        Assert.Equal(ActionStatusRules.DropReasonField, ActionStatusRules.Check(ActionStatus.NotStarted, ActionStatus.Dropped, null, "", evidenceRequired: false)?.Field);
        Assert.Null(ActionStatusRules.Check(ActionStatus.NotStarted, ActionStatus.Dropped, null, "Superseded", evidenceRequired: false));
    }

    [Fact]
    public void The_entity_refuses_a_forbidden_change_even_if_a_page_forgot_to_check()
    {
        var now = DateTime.UtcNow;
        var action = new ActionItem(1, ActionSource.None, "Title", "", "owner", null, now.Date.AddDays(5), ActionPriority.Low, "Lead", now);
        Assert.Throws<InvalidOperationException>(() => action.Progress(ActionStatus.Done, false, null, null, null, evidenceRequired: true, "Owner", now));
        Assert.Equal(ActionStatus.NotStarted, action.Status);
        Assert.Throws<ArgumentException>(() => new ActionItem(1, ActionSource.None, "Title", "", "owner", null, now.Date.AddDays(-1), ActionPriority.Low, "Lead", now));
    }

    [Fact]
    public void Every_change_takes_a_new_version()
    {
        var now = DateTime.UtcNow;
        var action = new ActionItem(1, ActionSource.None, "Title", "", "owner", null, now.Date.AddDays(5), ActionPriority.Low, "Lead", now);
        var first = action.Version;
        action.Progress(ActionStatus.InProgress, true, "Short of staff", null, null, evidenceRequired: true, "Owner", now);
        Assert.NotEqual(first, action.Version);
        Assert.True(action.AtRisk);
    }
}
