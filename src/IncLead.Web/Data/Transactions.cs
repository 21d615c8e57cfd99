using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Data;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction inside the provider's execution strategy: SQL Server's retrying
    /// strategy refuses a transaction begun outside it, and a retry must repeat the whole unit, not half of it. On SQLite
    /// the unit holds the write gate throughout (see <see cref="SqliteWriteGate"/>).
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this AppDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            var gate = SqliteWriteGate.Of(db);
            if (gate is not null) await gate.EnterAsync(db, token);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var result = await work(token);
                await transaction.CommitAsync(token);
                return result;
            }
            finally
            {
                gate?.Exit(db);
            }
        }, ct);

    public static Task InTransactionAsync(this AppDbContext db, Func<CancellationToken, Task> work, CancellationToken ct = default) =>
        db.InTransactionAsync(async token =>
        {
            await work(token);
            return true;
        }, ct);
}
