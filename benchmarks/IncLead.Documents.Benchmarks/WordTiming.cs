using System.Diagnostics;
using IncLead.Documents.Tests.Samples;
using IncLead.Documents.Word;

namespace IncLead.Documents.Benchmarks;

/// <summary>
/// <c>word [rounds]</c>: the sample board pack's Word copy, warm (after one render), as the median wall and CPU time of
/// a few renders, with its size and the PDF's median beside it for scale. Quick, not BenchmarkDotNet: for the figure in
/// docs/benchmarks.md.
/// </summary>
internal static class WordTiming
{
    public static void Run(int rounds)
    {
        var document = SampleDocuments.BoardPack();
        var docx = DocxWriter.Write(document);
        var pdf = Pdf.PdfRenderer.Render(document);
        Console.WriteLine($"Word copy {docx.Length:N0} bytes; PDF {pdf.Length:N0} bytes");
        Console.WriteLine($"Word: {Median(rounds, () => DocxWriter.Write(document))}");
        var charts = document.Blocks.OfType<Model.ChartBlock>().ToList();
        Console.WriteLine($"Its {charts.Count} chart pictures alone: {Median(rounds, () => charts.ForEach(c => Charts.PngChartRenderer.Render(c.Chart, 483.28, Math.Clamp(c.Height, 80, 680))))}");
        Console.WriteLine($"PDF:  {Median(rounds, () => Pdf.PdfRenderer.Render(document))}");
        Console.WriteLine($"Load average: {File.ReadAllText("/proc/loadavg").Trim()}");
    }

    static string Median(int rounds, Action render)
    {
        var wall = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < rounds; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            render();
            wall.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        wall.Sort();
        cpu.Sort();
        return $"median {wall[rounds / 2]:F0} ms wall, {cpu[rounds / 2]:F0} ms CPU (wall {wall[0]:F0}–{wall[^1]:F0} ms over {rounds})";
    }
}
