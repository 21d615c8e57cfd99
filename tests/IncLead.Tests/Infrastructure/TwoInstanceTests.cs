using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Infrastructure;

/// <summary>Two app instances on one database, as several instances behind a load balancer would be.</summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private readonly AppFactory _first = new();
    private SecondInstance _second = null!;

    public ValueTask InitializeAsync()
    {
        _ = _first.Services; // start and migrate the first instance before the second opens the database
        _second = new SecondInstance(_first.Folder);
        _ = _second.Services;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task A_person_signed_in_on_one_instance_is_signed_in_on_the_other()
    {
        var onFirst = Browser.For(_first);
        await onFirst.SignInAsync(DemoData.EqualityLeadEmail);

        // Same cookies, other server: only shared Data Protection keys make the cookie readable there.
        var onSecond = Browser.For(_second, onFirst.Cookies);

        var response = await onSecond.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Jordan Ellis", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_outbox_message_is_sent_once_when_both_instances_drain_at_the_same_time()
    {
        using (var scope = _first.Services.CreateScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
            for (var i = 0; i < 20; i++) outbox.Enqueue(null, $"person{i}@example.com", $"Person {i}", $"Message {i}", "Hello");
            await scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var ct = TestContext.Current.CancellationToken;
        var sent = await Task.WhenAll(
            _first.Services.GetRequiredService<OutboxSender>().SendDueAsync(ct),
            _second.Services.GetRequiredService<OutboxSender>().SendDueAsync(ct));

        Assert.Equal(20, sent.Sum());
        var files = Mail.In(_first.MailFolder).Where(m => m.Subject?.StartsWith("Message ", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(20, files.Count);
        Assert.Equal(20, files.Select(m => m.Subject).Distinct().Count());
        Assert.Equal(0, await _first.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.SentAt == null, ct)));
    }

    private sealed class SecondInstance(string folder) : AppFactory(folder, ownsFolder: false);
}
