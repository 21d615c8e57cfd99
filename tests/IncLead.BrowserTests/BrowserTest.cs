using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IncLead.BrowserTests;

/// <summary>Base for browser tests: a fresh browser context per test, a screenshot kept when a test fails, and an axe check.</summary>
public abstract class BrowserTest(AppServer app, Chromium chromium)
{
    protected AppServer App { get; } = app;
    protected Chromium Chromium { get; } = chromium;

    protected async Task InBrowserAsync(Func<IPage, Task> test, string? name = null)
    {
        Chromium.SkipUnlessAvailable();
        await using var context = await Chromium.Browser!.NewContextAsync(new() { BaseURL = App.BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        try
        {
            await test(page);
        }
        catch
        {
            Directory.CreateDirectory(Chromium.ArtifactsFolder);
            var file = Path.Combine(Chromium.ArtifactsFolder, $"{name ?? GetType().Name}-{DateTime.UtcNow:HHmmssfff}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            throw;
        }
    }

    protected static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/sign-in");
        // Email first: a domain without single sign-on then gets the password form.
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("Password").FillAsync(Web.Data.Seed.DemoData.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
    }

    /// <summary>Runs axe-core with its default rules (WCAG A and AA plus best practice) on the page as it stands; any violation fails.</summary>
    protected static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html).Take(3))}").ToList();
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) on {page.Url}:\n" + string.Join("\n", violations));
    }
}
