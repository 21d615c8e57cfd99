namespace IncLead.Documents.Tests;

public sealed class SmokeTests(SampleRendering sample) : IClassFixture<SampleRendering>
{
    [Fact]
    public void Sample_board_pack_renders_to_a_pdf() =>
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(sample.BoardPack, 0, 5));
}
