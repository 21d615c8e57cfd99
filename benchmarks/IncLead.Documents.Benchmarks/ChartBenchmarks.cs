using BenchmarkDotNet.Attributes;
using IncLead.Documents.Charts;
using IncLead.Documents.Tests.Samples;

namespace IncLead.Documents.Benchmarks;

/// <summary>One chart as inline SVG, as the web pages render it.</summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    [Benchmark]
    public string RadarSvg() => SvgChartRenderer.Render(SampleCharts.StageRadar());
}
