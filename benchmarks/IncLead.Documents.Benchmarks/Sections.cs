using System.Diagnostics;
using System.Runtime.InteropServices;
using IncLead.Documents.Layout;
using IncLead.Documents.Pdf;
using IncLead.Documents.Tests.Samples;
using IncLead.Documents.Text;

namespace IncLead.Documents.Benchmarks;

/// <summary>
/// Time and managed allocations of each stage of a warm render (layout, writing, saving), to see where a render goes.
/// Allocation counts are exact and repeatable; wall times are noisy on a shared machine, so this thread's CPU time
/// (which excludes time spent waiting for a core) is shown beside them.
/// </summary>
internal static partial class Sections
{
    static (AllocationTypes? Listener, string? Stage) _types;

    /// <param name="rounds">Warm renders to average over.</param>
    /// <param name="typesOf">A stage whose allocations to sample by type, or null.</param>
    public static void Run(int rounds, string? typesOf = null)
    {
        using var types = typesOf is null ? null : new AllocationTypes();
        _types = (types, typesOf);
        var document = SampleDocuments.BoardPack();
        PdfRenderer.Render(document);
        var totals = new Dictionary<string, (double Ms, double CpuMs, long Bytes)>();
        var (pauses, gen0, gen1, gen2) = (GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        for (var round = 0; round < rounds; round++)
        {
            var fonts = new FontBook();
            var theme = LayoutTheme.Default;
            var layout = Measure(totals, "layout", () => new DocumentLayout(fonts, theme).Run(document));
            var (pdf, tags) = Measure(totals, "write (tagging, drawing)", () => new TaggedPdfWriter(fonts, theme).Write(document, layout));
            using var _ = pdf;
            var seed = PdfRenderer.Seed(document, layout);
            Measure(totals, "recompress content", () => { StableOutput.BeforeSave(pdf, seed); return 0; });
            var saved = Measure(totals, "PDFsharp save", () => { var output = new PooledOutput(1 << 20); pdf.Save(output); return output; });
            Measure(totals, "stable ids", () => { StableOutput.AfterSave(saved.Written, seed); return 0; });
            Measure(totals, "structure tree", () => { StructureTreeWriter.Append(saved, pdf, tags); return 0; });
            Measure(totals, "copy out", () => saved.Written.ToArray());
            saved.Release();
        }
        Console.WriteLine($"Sections, mean of {rounds} warm renders (load average {LoadAverage()}):");
        types?.Print(rounds);
        Console.WriteLine($"  GC per render: {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds / rounds:0.0} ms paused; " +
            $"collections gen0 {(GC.CollectionCount(0) - gen0) / (double)rounds:0.##}, gen1 {(GC.CollectionCount(1) - gen1) / (double)rounds:0.##}, gen2 {(GC.CollectionCount(2) - gen2) / (double)rounds:0.##}");
        Console.WriteLine($"  {"stage",-26} {"wall",8}    {"CPU",8}    {"allocated",9}");
        foreach (var (name, (ms, cpu, bytes)) in totals.Append(new("total", (totals.Values.Sum(t => t.Ms), totals.Values.Sum(t => t.CpuMs), totals.Values.Sum(t => t.Bytes)))))
            Console.WriteLine($"  {name,-26} {ms / rounds,8:0.0} ms {cpu / rounds,8:0.0} ms {bytes / rounds / 1024.0 / 1024.0,9:0.00} MB");
    }

    static T Measure<T>(Dictionary<string, (double Ms, double CpuMs, long Bytes)> totals, string name, Func<T> work)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadCpuMs();
        var clock = Stopwatch.StartNew();
        var result = _types.Listener is { } listener && name.StartsWith(_types.Stage!, StringComparison.Ordinal) ? listener.Watch(work) : work();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        cpu = ThreadCpuMs() - cpu;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        totals[name] = totals.TryGetValue(name, out var sum) ? (sum.Ms + elapsed, sum.CpuMs + cpu, sum.Bytes + bytes) : (elapsed, cpu, bytes);
        return result;
    }

    /// <summary>CPU time used by the calling thread (Linux), in milliseconds; NaN elsewhere.</summary>
    static double ThreadCpuMs()
    {
        const int threadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID
        if (!OperatingSystem.IsLinux())
            return double.NaN;
        ClockGetTime(threadCpuTimeClock, out var time);
        return time.Seconds * 1000.0 + time.Nanoseconds / 1e6;
    }

    [StructLayout(LayoutKind.Sequential)]
    struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>The 1-minute load average, so figures can be read against how busy the machine was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
