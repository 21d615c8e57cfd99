using IncLead.Documents.Pdf;
using IncLead.Documents.Tests.Samples;

namespace IncLead.Documents.Tests.Pdf;

/// <summary>Fonts and metrics are cached per process; renders running at once must still give the same bytes.</summary>
public sealed class ConcurrencyTests(SampleRendering sample) : IClassFixture<SampleRendering>
{
    [Fact]
    public async Task Renders_on_several_threads_give_identical_bytes()
    {
        var renders = Enumerable.Range(0, 4).Select(_ => Task.Run(() => PdfRenderer.Render(SampleDocuments.BoardPack(registerRows: 600))));
        foreach (var bytes in await Task.WhenAll(renders))
            Assert.True(sample.BoardPack.AsSpan().SequenceEqual(bytes), "a concurrent render differs");
    }
}
