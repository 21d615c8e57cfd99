using System.Diagnostics;
using IncLead.Documents.Benchmarks.Chromium;
using IncLead.Documents.Pdf;
using IncLead.Documents.Tests.Samples;

namespace IncLead.Documents.Benchmarks;

/// <summary>
/// CPU time per document, engine against Chromium, alongside wall time: the engine's is this process's CPU (GC threads
/// included); Chromium's is its whole process tree plus this process (PuppeteerSharp's side). On a shared, loaded
/// machine this ratio is steadier than the wall-time ratio, which favours Chromium's several processes.
/// </summary>
internal static class CpuCost
{
    public static async Task Run(int documents)
    {
        var document = SampleDocuments.BoardPack();
        var self = Process.GetCurrentProcess();
        // Enough renders for tiered compilation to reach its optimised code, as BenchmarkDotNet's warm-up does.
        for (var i = 0; i < 40; i++)
            PdfRenderer.Render(document);
        var (engineCpu, engineWall) = await Measure(documents, () => Task.FromResult(PdfRenderer.Render(document)), () => Cpu(self));

        var html = BoardPackHtml.Build(document);
        await using var chromium = await ChromiumPrinter.LaunchAsync();
        for (var i = 0; i < 2; i++)
            await chromium.PrintAsync(html, document.Running);
        var (chromiumCpu, chromiumWall) = await Measure(documents, () => chromium.PrintAsync(html, document.Running),
            () => Cpu(self) + ProcessTreeCpu.Of(chromium.ProcessId));

        Console.WriteLine($"Per document, mean of {documents} (load average {Sections.LoadAverage()}):");
        Console.WriteLine($"  engine    CPU {engineCpu,7:0} ms   wall {engineWall,7:0} ms");
        Console.WriteLine($"  Chromium  CPU {chromiumCpu,7:0} ms   wall {chromiumWall,7:0} ms");
        Console.WriteLine($"  Chromium / engine: CPU {chromiumCpu / engineCpu:0.0}x, wall {chromiumWall / engineWall:0.0}x");
    }

    static TimeSpan Cpu(Process self)
    {
        self.Refresh();
        return self.TotalProcessorTime;
    }

    static async Task<(double CpuMs, double WallMs)> Measure(int documents, Func<Task<byte[]>> render, Func<TimeSpan> cpu)
    {
        var before = cpu();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < documents; i++)
            await render();
        var wall = clock.Elapsed.TotalMilliseconds / documents;
        return ((cpu() - before).TotalMilliseconds / documents, wall);
    }
}
