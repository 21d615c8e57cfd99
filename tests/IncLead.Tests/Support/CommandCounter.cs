using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IncLead.Tests.Support;

/// <summary>
/// Counts the SQL commands EF Core sends, so a test can prove a page issues the same number however much history
/// there is. It counts from <see cref="Start"/> until the measurement is disposed, on any thread (an in-process
/// request runs on its own), so tests that use it turn the background jobs off and send one request at a time.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private Measurement? _current;

    public Measurement Start()
    {
        var measurement = new Measurement(this);
        Volatile.Write(ref _current, measurement);
        return measurement;
    }

    public sealed class Measurement(CommandCounter owner) : IDisposable
    {
        private readonly List<string> _commands = [];

        public int Count
        {
            get { lock (_commands) return _commands.Count; }
        }

        public IReadOnlyList<string> Commands
        {
            get { lock (_commands) return [.. _commands]; }
        }

        internal void Add(string sql)
        {
            lock (_commands) _commands.Add(sql);
        }

        public void Dispose() => Interlocked.CompareExchange(ref owner._current, null, this);
    }

    private void Record(DbCommand command) => Volatile.Read(ref _current)?.Add(command.CommandText);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }
}
