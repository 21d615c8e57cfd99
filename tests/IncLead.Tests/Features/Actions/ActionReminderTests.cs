using IncLead.Tests.Support;
using IncLead.Web.Features.Actions.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Features.Actions;

public sealed class ActionReminderTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Owner = "ned.quality@riverside.example";

    private Task<int> RunAsync() => app.Services.GetRequiredService<ActionReminders>().SendDueAsync(TestContext.Current.CancellationToken);

    private Task<List<string>> SubjectsAsync(string title) =>
        app.QueryAsync(db => db.OutboxMessages.Where(m => m.Subject.Contains(title)).OrderBy(m => m.Id).Select(m => m.Subject).ToListAsync());

    [Fact]
    public async Task The_owner_is_emailed_seven_days_before_the_due_date_and_when_it_is_overdue_once_each()
    {
        const string title = "Reminded once each";
        var id = await app.RaiseAsync(title, Owner, dueInDays: 10);
        await RunAsync();
        Assert.Empty(await SubjectsAsync(title));

        app.Clock.Advance(TimeSpan.FromDays(3));
        await RunAsync();
        await RunAsync();
        var dueSoon = Assert.Single(await SubjectsAsync(title));
        Assert.StartsWith("Action due on", dueSoon);

        app.Clock.Advance(TimeSpan.FromDays(7));
        await RunAsync();
        Assert.Single(await SubjectsAsync(title)); // due today: not overdue yet

        app.Clock.Advance(TimeSpan.FromDays(1));
        await RunAsync();
        await RunAsync();
        var subjects = await SubjectsAsync(title);
        Assert.Equal(2, subjects.Count);
        Assert.StartsWith("Overdue action", subjects[1]);

        await app.DeliverMailAsync();
        var mail = Mail.In(app.MailFolder).Where(m => m.Subject?.EndsWith(title, StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, mail.Count);
        Assert.All(mail, m => Assert.Equal(Owner, m.To.Mailboxes.Single().Address));
        Assert.All(mail, m => Assert.Equal($"/actions/{id}", Mail.LinkIn(m)));
    }

    [Fact]
    public async Task Closed_actions_are_not_chased_and_a_new_due_date_rearms_the_reminder()
    {
        const string title = "Re-armed by a new date";
        var id = await app.RaiseAsync(title, Owner, dueInDays: 3);
        await RunAsync();
        Assert.Single(await SubjectsAsync(title));

        var lead = await app.SignedInAsync(Demo.Lead);
        var page = await lead.GetPageAsync($"/actions/{id}/edit");
        var moved = await lead.PostFromAsync(page, $"/actions/{id}/edit", new Dictionary<string, string>
        {
            ["Form.Title"] = title, ["Form.OwnerUserId"] = await app.UserIdAsync(Owner), ["Form.DueOn"] = app.Day(5), ["Form.Priority"] = "High",
            ["Form.Version"] = Forms.Hidden(page, "Form.Version"),
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, moved.StatusCode);
        await RunAsync();
        Assert.Equal(2, (await SubjectsAsync(title)).Count);

        const string closed = "Dropped before it was due";
        var droppedId = await app.RaiseAsync(closed, Owner, dueInDays: 2);
        var dropPage = await lead.GetPageAsync($"/actions/{droppedId}");
        await lead.PostFromAsync(dropPage, $"/actions/{droppedId}/progress", new Dictionary<string, string>
        {
            ["Progress.Status"] = "Dropped", ["Progress.DropReason"] = "Covered by another action", ["Progress.Version"] = Forms.Hidden(dropPage, "Progress.Version"),
        });
        await RunAsync();
        Assert.Empty(await SubjectsAsync(closed));
    }
}
