using IncLead.TestSupport;

namespace IncLead.Documents.Tests.Pdf;

/// <summary>
/// Second opinions from poppler's pdfinfo and qpdf. Where they are not installed the tests skip loudly,
/// unless REQUIRE_PDF_TOOLS=1 (set by CI, which installs poppler-utils and qpdf), where they fail instead.
/// </summary>
public sealed class ExternalToolTests(SampleRendering sample) : IClassFixture<SampleRendering>
{
    [Fact]
    public void Pdfinfo_reports_the_pack_as_tagged()
    {
        var output = PdfTools.Run("pdfinfo", sample.BoardPack, out var exitCode);
        Assert.Equal(0, exitCode);
        Assert.Matches(@"Tagged:\s+yes", output);
        Assert.Matches(@"Title:\s+Inclusion leadership board pack 2026/27", output);
    }

    [Fact]
    public void Qpdf_finds_no_errors()
    {
        var output = PdfTools.Run("qpdf", sample.BoardPack, out var exitCode, "--check");
        Assert.True(exitCode == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
    }
}
