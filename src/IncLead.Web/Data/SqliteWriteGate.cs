using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace IncLead.Web.Data;

/// <summary>
/// Lets one writer at a time reach an embedded SQLite database. SQLite has a single writer; when two commits collide,
/// Microsoft.Data.Sqlite sleeps 150 ms and retries, which is what made autosave's p99 run to seconds with 50 people
/// answering. Queuing the writers here instead costs each one only the others' commit time. Readers are not held up
/// (WAL). SQL Server does not use this.
/// <para>
/// An explicit transaction (<see cref="Transactions.InTransactionAsync{T}"/>) holds the gate from its start to its end,
/// and its SaveChanges pass straight through. Otherwise a transaction would hold SQLite's write lock while waiting
/// here for a SaveChanges that was itself waiting for that lock: fifty people signing in at once met exactly that,
/// and timed out after 30 seconds.
/// </para>
/// </summary>
public sealed class SqliteWriteGate : SaveChangesInterceptor
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    // The context that holds the gate and how many times over; only that context's own (sequential) work touches them.
    private DbContext? _holder;
    private int _depth;

    /// <summary>The gate of this context's database, or null on SQL Server.</summary>
    public static SqliteWriteGate? Of(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?.OfType<SqliteWriteGate>().FirstOrDefault();

    public async ValueTask EnterAsync(DbContext? context, CancellationToken ct = default)
    {
        if (IsHeldBy(context)) { _depth++; return; }
        await _gate.WaitAsync(ct);
        (_holder, _depth) = (context, 1);
    }

    public void Enter(DbContext? context)
    {
        if (IsHeldBy(context)) { _depth++; return; }
        _gate.Wait();
        (_holder, _depth) = (context, 1);
    }

    public void Exit(DbContext? context)
    {
        // A wait that was cancelled never entered, and its SaveChanges still reports the cancellation.
        if (!IsHeldBy(context) || --_depth > 0) return;
        _holder = null;
        _gate.Release();
    }

    private bool IsHeldBy(DbContext? context) => context is not null && ReferenceEquals(Volatile.Read(ref _holder), context);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Enter(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Exit(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Exit(eventData.Context);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Exit(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Exit(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Exit(eventData.Context);
}
