using System.Diagnostics;

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
        var output = Run("pdfinfo", out var exitCode);
        Assert.Equal(0, exitCode);
        Assert.Matches(@"Tagged:\s+yes", output);
        Assert.Matches(@"Title:\s+Inclusion leadership board pack 2026/27", output);
    }

    [Fact]
    public void Qpdf_finds_no_errors()
    {
        var output = Run("qpdf", out var exitCode, "--check");
        Assert.True(exitCode == 0, output);
        Assert.Contains("No syntax or stream encoding errors", output, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", output, StringComparison.Ordinal);
    }

    string Run(string tool, out int exitCode, string option = "")
    {
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
        if (path is null)
        {
            var message = $"{tool} is not installed (apt-get install poppler-utils qpdf); PDF validation by external tools was NOT run.";
            if (Environment.GetEnvironmentVariable("REQUIRE_PDF_TOOLS") == "1")
                Assert.Fail(message + " REQUIRE_PDF_TOOLS=1 demands it.");
            Assert.Skip(message);
        }
        var file = Path.Combine(Path.GetTempPath(), $"inclead-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, sample.BoardPack);
        try
        {
            var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true };
            if (option.Length > 0)
                start.ArgumentList.Add(option);
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            exitCode = process.ExitCode;
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
