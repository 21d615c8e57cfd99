using BenchmarkDotNet.Attributes;
using IncLead.Documents.Charts;
using IncLead.Documents.Model;
using IncLead.Documents.Pdf;
using IncLead.Documents.Tests.Samples;

namespace IncLead.Documents.Benchmarks;

/// <summary>
/// Warm generation time and allocations for the ~30-page sample board pack, and one chart as SVG.
/// The first render in a process (JIT, font loading) is measured by <see cref="ColdStart"/>.
/// </summary>
[MemoryDiagnoser]
public class BoardPackBenchmarks
{
    readonly Document _boardPack = SampleDocuments.BoardPack();

    [GlobalSetup]
    public void ReportSize()
    {
        var bytes = PdfRenderer.Render(_boardPack);
        Console.WriteLine($"// Board pack: {bytes.Length / 1024} KiB");
    }

    [Benchmark]
    public byte[] BoardPackPdf() => PdfRenderer.Render(_boardPack);

    [Benchmark]
    public string RadarSvg() => SvgChartRenderer.Render(SampleCharts.StageRadar());
}
