using System.Diagnostics;

namespace IncLead.Tests.Infrastructure;

/// <summary>
/// The build lints our stylesheets with stylelint (IncLead.Web.csproj, target LintStylesheets). These run the same
/// command with the project's own configuration: the real stylesheet passes, and a deliberately broken copy of it (the
/// unclosed rule that once hid every rule after it) fails, so a syntax error cannot reach a browser through CI.
/// </summary>
public sealed class StylesheetLintTests
{
    private static readonly string WebProject = FindWebProject();

    [Fact]
    public async Task The_site_stylesheet_passes_the_lint()
    {
        var (exit, output) = await LintAsync(Path.Combine(WebProject, "wwwroot", "css", "site.css"));
        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task A_copy_with_an_unclosed_rule_fails_the_lint()
    {
        var css = await File.ReadAllTextAsync(Path.Combine(WebProject, "wwwroot", "css", "site.css"), TestContext.Current.CancellationToken);
        var broken = css.Replace("margin-right: 16px;\n}", "margin-right: 16px;\n", StringComparison.Ordinal);
        Assert.NotEqual(css, broken);
        var folder = Directory.CreateTempSubdirectory("stylelint-");
        try
        {
            var file = Path.Combine(folder.FullName, "broken.css");
            await File.WriteAllTextAsync(file, broken, TestContext.Current.CancellationToken);
            var (exit, output) = await LintAsync(file);
            Assert.NotEqual(0, exit);
            Assert.Contains("Unclosed block", output, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(int Exit, string Output)> LintAsync(string file)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = WebProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine("node_modules", "stylelint", "bin", "stylelint.mjs"), "--config", ".stylelintrc.json", "--formatter", "unix", file })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string FindWebProject()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "IncLead.Web");
            if (File.Exists(Path.Combine(candidate, "IncLead.Web.csproj"))) return candidate;
        }
        throw new InvalidOperationException("The IncLead.Web project folder was not found above the test's folder.");
    }
}
