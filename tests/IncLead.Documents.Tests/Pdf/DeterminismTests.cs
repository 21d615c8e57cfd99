using IncLead.Documents.Pdf;
using IncLead.Documents.Tests.Samples;

namespace IncLead.Documents.Tests.Pdf;

public sealed class DeterminismTests(SampleRendering sample) : IClassFixture<SampleRendering>
{
    [Fact]
    public void Same_document_and_timestamp_give_byte_identical_pdfs()
    {
        var again = PdfRenderer.Render(SampleDocuments.BoardPack());
        Assert.Equal(sample.BoardPack.Length, again.Length);
        Assert.True(sample.BoardPack.AsSpan().SequenceEqual(again), "two renders of the same document differ");
    }

    [Fact]
    public void A_different_timestamp_changes_the_dates_and_ids()
    {
        var later = SampleDocuments.BoardPack() with { Created = SampleDocuments.Created.AddDays(1) };
        var raw = ReadBack.Raw(PdfRenderer.Render(later));
        Assert.Contains("D:20270313093000", raw, StringComparison.Ordinal);
        Assert.False(sample.BoardPack.AsSpan().SequenceEqual(PdfRenderer.Render(later)));
    }

    [Fact]
    public void Stream_overload_writes_the_same_bytes()
    {
        using var stream = new MemoryStream();
        PdfRenderer.Render(SampleDocuments.BoardPack(), stream);
        Assert.True(sample.BoardPack.AsSpan().SequenceEqual(stream.ToArray()));
    }
}
