using System.Diagnostics;
using IncLead.Documents.Pdf;
using IncLead.Documents.Tests.Samples;

namespace IncLead.Documents.Benchmarks;

/// <summary>The first render in a fresh process, which BenchmarkDotNet's warmed-up runs hide.</summary>
internal static class ColdStart
{
    public static void Run()
    {
        var clock = Stopwatch.StartNew();
        var document = SampleDocuments.BoardPack();
        var bytes = PdfRenderer.Render(document);
        var first = clock.Elapsed;
        clock.Restart();
        PdfRenderer.Render(document);
        Console.WriteLine($"First render: {first.TotalMilliseconds:0} ms; second: {clock.Elapsed.TotalMilliseconds:0} ms; {bytes.Length / 1024} KiB");
    }
}
