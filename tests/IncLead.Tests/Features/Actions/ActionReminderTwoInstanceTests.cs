using IncLead.Tests.Support;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Features.Actions.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Features.Actions;

/// <summary>Two app instances on one database run the reminder job at the same moment, as behind a load balancer.</summary>
public sealed class ActionReminderTwoInstanceTests : TwoInstances
{
    private const string Prefix = "Two instances, action ";

    [Fact]
    public async Task Each_owner_gets_one_email_per_action_per_event_when_two_instances_run_the_job_at_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await First.QueryAsync(async db =>
        {
            var organisation = await db.Organisations.Where(o => o.OdsCode == "ZRV").Select(o => o.Id).SingleAsync(ct);
            var owners = await db.Memberships.IgnoreQueryFilters().Where(m => m.OrganisationId == organisation).Select(m => m.UserId).ToListAsync(ct);
            var now = First.Clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < 40; i++)
            {
                // Half are due within the week, half already overdue: both kinds of reminder race at once.
                var raised = now.AddDays(-20);
                var due = i % 2 == 0 ? now.Date.AddDays(1 + (i % 6)) : now.Date.AddDays(-1 - (i % 5));
                db.Actions.Add(new ActionItem(organisation, ActionSource.None, $"{Prefix}{i:00}", "", owners[i % owners.Count], null, due, ActionPriority.Medium, "Test", raised));
            }
            return await db.SaveChangesAsync(ct);
        });

        var first = First.Services.GetRequiredService<ActionReminders>();
        var second = Second.Services.GetRequiredService<ActionReminders>();
        var queued = await Task.WhenAll(first.SendDueAsync(ct), second.SendDueAsync(ct), first.SendDueAsync(ct), second.SendDueAsync(ct));

        var messages = await First.QueryAsync(db => db.OutboxMessages.Where(m => m.Subject.Contains(Prefix)).Select(m => new { m.Subject, m.ToAddress }).ToListAsync(ct));
        Assert.Equal(40, messages.Count);
        for (var i = 0; i < 40; i++)
        {
            var title = $"{Prefix}{i:00}";
            var mine = Assert.Single(messages, m => m.Subject.EndsWith(title, StringComparison.Ordinal));
            Assert.StartsWith(i % 2 == 0 ? "Action due on" : "Overdue action", mine.Subject);
        }
        // Nothing else queues mail here (the demo's own overdue actions are reminded too), so the runs' own counts add up to the outbox.
        Assert.Equal(await First.QueryAsync(db => db.OutboxMessages.CountAsync(ct)), queued.Sum());
    }

    [Fact]
    public async Task Starting_aSecond_instance_seeds_noSecond_copy_of_the_demo_plan_stories_or_session()
    {
        var ct = TestContext.Current.CancellationToken;
        var counts = await Second.QueryAsync(async db => (
            await db.Actions.IgnoreQueryFilters().CountAsync(a => !a.Title.StartsWith(Prefix), ct),
            await db.Stories.IgnoreQueryFilters().CountAsync(ct),
            await db.BoardDevelopmentSessions.IgnoreQueryFilters().CountAsync(ct)));
        Assert.Equal((12, 3, 1), counts); // twelve demo actions: the eleven in every status and RAG, and the story's completed one
    }
}
