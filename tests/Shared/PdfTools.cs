using System.Diagnostics;
using System.Text.RegularExpressions;

namespace IncLead.TestSupport;

/// <summary>
/// Second opinions on a PDF from poppler's pdfinfo and qpdf. Where they are not installed the calling test skips
/// loudly, unless REQUIRE_PDF_TOOLS=1 (set by CI, which installs poppler-utils and qpdf), where it fails instead.
/// Shared by both test projects as a linked file.
/// </summary>
public static class PdfTools
{
    /// <summary>pdfinfo reads it as tagged with this title, and qpdf --check finds no error and no warning.</summary>
    public static void AssertClean(byte[] pdf, string title)
    {
        var info = Run("pdfinfo", pdf, out var exitCode);
        Assert.True(exitCode == 0, info);
        Assert.Matches(@"Tagged:\s+yes", info);
        Assert.Matches($@"(?m)^Title:\s+{Regex.Escape(title)}\s*$", info);
        var check = Run("qpdf", pdf, out exitCode, "--check");
        Assert.True(exitCode == 0, check);
        Assert.Contains("No syntax or stream encoding errors", check, StringComparison.Ordinal);
        Assert.DoesNotContain("WARNING", check, StringComparison.Ordinal);
    }

    public static string Run(string tool, byte[] pdf, out int exitCode, string option = "")
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
        File.WriteAllBytes(file, pdf);
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
