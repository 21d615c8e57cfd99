using Microsoft.Playwright;

namespace IncLead.BrowserTests;

/// <summary>
/// Debian's Chromium driven by Playwright (Playwright cannot download its own browser here). Without Chromium the
/// tests skip with a loud reason; with REQUIRE_BROWSER=1 (set by CI) they fail instead.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run", "--disable-default-apps", "--disable-extensions",
    ];

    private IPlaywright? _playwright;
    public IBrowser? Browser { get; private set; }

    public static string ArtifactsFolder { get; } = Environment.GetEnvironmentVariable("BROWSER_ARTIFACTS")
        ?? Path.Combine(AppContext.BaseDirectory, "artifacts");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath)) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
    }

    public void SkipUnlessAvailable()
    {
        if (Browser is not null) return;
        var reason = $"BROWSER TESTS NOT RUN: {ExecutablePath} is missing (apt-get install chromium).";
        if (Environment.GetEnvironmentVariable("REQUIRE_BROWSER") == "1") Assert.Fail(reason + " REQUIRE_BROWSER=1 makes this a failure.");
        Assert.Skip(reason);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
