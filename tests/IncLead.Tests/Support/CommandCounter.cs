using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IncLead.Tests.Support;

/// <summary>
/// Counts every SQL command the app creates — queries, scalars and non-queries alike — so a test or benchmark can prove
/// a page does not query once per respondent, cycle or action. Shared with the dashboard benchmark by a linked file.
/// </summary>
public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }
}
