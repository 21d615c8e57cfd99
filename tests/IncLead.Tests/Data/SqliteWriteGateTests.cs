using IncLead.Tests.Support;
using IncLead.Web.Data;
using IncLead.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Data;

/// <summary>
/// The embedded database has one writer. A unit of work in a transaction (a sign-in is one) and a plain save from
/// another request that meet must both finish. Before the write gate covered transactions, the plain save took the
/// gate and waited for SQLite's lock, which the transaction held while it waited for the gate: 50 people signing in at
/// once saw "database is locked" after 30 seconds.
/// </summary>
public sealed class SqliteWriteGateTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_plain_save_arriving_during_a_transaction_waits_for_it_instead_of_locking_it_out()
    {
        using var first = app.Services.CreateScope();
        using var second = app.Services.CreateScope();
        var a = first.ServiceProvider.GetRequiredService<AppDbContext>();
        var b = second.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.NotNull(SqliteWriteGate.Of(a));

        var written = new TaskCompletionSource();
        var goOn = new TaskCompletionSource();
        var unit = a.InTransactionAsync(async ct =>
        {
            a.AuditEntries.Add(Entry("transaction, first write"));
            await a.SaveChangesAsync(ct);
            written.SetResult();
            await goOn.Task;
            a.AuditEntries.Add(Entry("transaction, second write"));
            await a.SaveChangesAsync(ct);
        }, TestContext.Current.CancellationToken);
        await written.Task;

        b.AuditEntries.Add(Entry("plain save"));
        var plain = b.SaveChangesAsync(TestContext.Current.CancellationToken);
        // Time for the plain save to reach the gate (or, as it once did, SQLite's lock) before the transaction writes again.
        await Task.Delay(300, TestContext.Current.CancellationToken);
        goOn.SetResult();

        var both = Task.WhenAll(unit, plain);
        // Deadlocked, the plain save would give up only after SQLite's 30-second timeout.
        Assert.Same(both, await Task.WhenAny(both, Task.Delay(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken)));
        await both;
        Assert.Equal(3, await a.AuditEntries.IgnoreQueryFilters().CountAsync(e => e.TargetType == "gate-test", TestContext.Current.CancellationToken));
    }

    private static AuditEntry Entry(string summary) => new(null, DateTime.UtcNow, null, "Test", "test", "gate-test", "1", summary, null);
}
