using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Infrastructure;

/// <summary>Two app instances on one database, as several instances behind a load balancer would be.</summary>
public sealed class TwoInstanceTests : TwoInstances
{
    [Fact]
    public async Task A_person_signed_in_on_one_instance_is_signed_in_on_the_other()
    {
        var onFirst = Browser.For(First);
        await onFirst.SignInAsync(DemoData.EqualityLeadEmail);

        // Same cookies, other server: only shared Data Protection keys make the cookie readable there.
        var onSecond = Browser.For(Second, onFirst.Cookies);

        var response = await onSecond.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Jordan Ellis", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_outbox_message_is_sent_once_when_both_instances_drain_at_the_same_time()
    {
        using (var scope = First.Services.CreateScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
            for (var i = 0; i < 20; i++) outbox.Enqueue(null, $"person{i}@example.com", $"Person {i}", $"Message {i}", "Hello");
            await scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var ct = TestContext.Current.CancellationToken;
        var sent = await Task.WhenAll(
            First.Services.GetRequiredService<OutboxSender>().SendDueAsync(ct),
            Second.Services.GetRequiredService<OutboxSender>().SendDueAsync(ct));

        Assert.Equal(20, sent.Sum());
        var files = Mail.In(First.MailFolder).Where(m => m.Subject?.StartsWith("Message ", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(20, files.Count);
        Assert.Equal(20, files.Select(m => m.Subject).Distinct().Count());
        Assert.Equal(0, await First.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null, ct)));
    }
}
