using System.Diagnostics.Tracing;
using System.Globalization;

namespace IncLead.Documents.Benchmarks;

/// <summary>
/// Samples what a render allocates, by type, from the runtime's allocation-tick events (one about every 100 KB),
/// inside the process: no profiler or extra package needed. Rough by nature; good for finding the big spenders.
/// The runtime delivers these events late and on another thread, so they are kept with their timestamps and
/// filtered afterwards by the time windows of the stage being looked at.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    const EventKeywords GcKeyword = (EventKeywords)0x1;
    readonly List<(DateTime At, string Type, long Bytes)> _ticks = [];
    readonly List<(DateTime From, DateTime To)> _windows = [];
    readonly Lock _gate = new();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!(eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) ?? false) || eventData is not { Payload: { } payload, PayloadNames: { } names })
            return;
        var type = names.IndexOf("TypeName") is >= 0 and var t ? payload[t] as string ?? "?" : "?";
        // Large-object-heap allocations count towards full collections; mark them.
        if (names.IndexOf("AllocationKind") is >= 0 and var k && Convert.ToInt32(payload[k], CultureInfo.InvariantCulture) == 1)
            type += " (large object heap)";
        var bytes = names.IndexOf("AllocationAmount64") is >= 0 and var a ? Convert.ToInt64(payload[a], CultureInfo.InvariantCulture) : 100_000;
        lock (_gate)
            _ticks.Add((eventData.TimeStamp.ToUniversalTime(), type, bytes));
    }

    /// <summary>Counts allocations made while <paramref name="work"/> runs.</summary>
    public T Watch<T>(Func<T> work)
    {
        var from = DateTime.UtcNow;
        var result = work();
        lock (_gate)
            _windows.Add((from, DateTime.UtcNow));
        return result;
    }

    public void Print(int rounds, int top = 25)
    {
        Thread.Sleep(2000); // let the runtime deliver the last events
        lock (_gate)
        {
            var inWindows = _windows.Count == 0 ? _ticks : _ticks.Where(t => _windows.Any(w => t.At >= w.From && t.At <= w.To)).ToList();
            Console.WriteLine($"Allocations by type (sampled, {inWindows.Count} ticks), per render:");
            foreach (var group in inWindows.GroupBy(t => t.Type).Select(g => (Type: g.Key, Bytes: g.Sum(t => t.Bytes))).OrderByDescending(g => g.Bytes).Take(top))
                Console.WriteLine($"  {group.Bytes / rounds / 1024.0 / 1024.0,7:0.00} MB  {group.Type}");
        }
    }
}
