using BenchmarkDotNet.Attributes;
using IncLead.Documents.Benchmarks.Chromium;
using IncLead.Documents.Model;
using IncLead.Documents.Pdf;
using IncLead.Documents.Tests.Samples;

namespace IncLead.Documents.Benchmarks;

/// <summary>
/// Warm generation time and allocations for the ~30-page sample board pack, against Chromium printing the same
/// content from HTML in the same run (the baseline, so the Ratio column is engine time over Chromium time).
/// The first render in a process (JIT, font loading) is measured by <see cref="ColdStart"/>.
/// </summary>
[MemoryDiagnoser]
public class BoardPackBenchmarks
{
    readonly Document _boardPack = SampleDocuments.BoardPack();
    string _html = "";
    ChromiumPrinter? _chromium;

    [GlobalSetup(Target = nameof(BoardPackPdf))]
    public void ReportEngineSize() =>
        Console.WriteLine($"// Engine: {PdfRenderer.Render(_boardPack).Length / 1024} KiB; load average {Sections.LoadAverage()}");

    [GlobalSetup(Target = nameof(ChromiumPdf))]
    public async Task LaunchChromium()
    {
        _html = BoardPackHtml.Build(_boardPack);
        _chromium = await ChromiumPrinter.LaunchAsync();
        var bytes = await _chromium.PrintAsync(_html, _boardPack.Running);
        Console.WriteLine($"// Chromium: {bytes.Length / 1024} KiB; load average {Sections.LoadAverage()}");
    }

    [GlobalCleanup(Target = nameof(ChromiumPdf))]
    public async Task CloseChromium()
    {
        if (_chromium is not null)
            await _chromium.DisposeAsync();
    }

    [Benchmark]
    public byte[] BoardPackPdf() => PdfRenderer.Render(_boardPack);

    [Benchmark(Baseline = true)]
    public Task<byte[]> ChromiumPdf() => _chromium!.PrintAsync(_html, _boardPack.Running);
}
