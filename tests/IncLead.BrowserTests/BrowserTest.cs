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

    /// <summary>
    /// Runs axe-core with its default rules (WCAG A and AA plus best practice) on the page as it stands, then again at
    /// 320 × 640 CSS pixels (WCAG 2.2 reflow, 1.4.10) after checking the document is no wider than that viewport, so
    /// no page scrolls sideways on a phone; then puts the laptop size back. Any violation fails.
    /// </summary>
    protected static async Task AssertAccessibleAsync(IPage page)
    {
        await AssertNoAxeViolationsAsync(page, "1280 px");
        var laptop = page.ViewportSize;
        await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        try
        {
            await AssertReflowsAsync(page);
            await AssertNoAxeViolationsAsync(page, "320 px");
        }
        finally
        {
            if (laptop is not null) await page.SetViewportSizeAsync(laptop.Width, laptop.Height);
        }
    }

    internal static readonly (int Width, int Height) Phone = (320, 640);

    /// <summary>The document is no wider than the viewport: only a table's own labelled region may scroll sideways.</summary>
    internal static async Task AssertReflowsAsync(IPage page)
    {
        // Measured once the page has laid itself out for the new width: the header's script moves its links into the
        // "More" menu on a resize, a frame or two later, and on a loaded machine later still. Checked again until it
        // stays wider for a second, so a page that really is too wide still fails.
        int[] widths = [];
        for (var attempt = 0; attempt < 5; attempt++)
        {
            widths = await page.EvaluateAsync<int[]>(@"new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() =>
                done([document.documentElement.scrollWidth, document.documentElement.clientWidth]))))");
            if (widths[0] <= widths[1]) return;
            await Task.Delay(250);
        }
        // Name the widest elements that stick out, so the failure says what to fix.
        var culprits = await page.EvaluateAsync<string[]>(@"(() => {
            const w = document.documentElement.clientWidth;
            return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1 && !e.closest('.app-table-scroll'))
              .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px');
        })()");
        Assert.Fail($"{page.Url} is {widths[0]} px wide in a {widths[1]} px viewport: " + string.Join(", ", culprits));
    }

    private static async Task AssertNoAxeViolationsAsync(IPage page, string size)
    {
        var violations = await AxeViolationsAsync(page);
        Assert.True(violations.Length == 0, $"axe found {violations.Length} violation(s) on {page.Url} at {size}:\n" + string.Join("\n", violations));
    }

    /// <summary>
    /// axe.run in the page, with its default rules, reporting violations only. The packaged runner's default (partial
    /// runs finished in a fresh blank page, made for pages with iframes, which ours have none of) and the passes' node
    /// lists it carries back cost about two seconds a check, most of the browser suite's time.
    /// </summary>
    protected static async Task<string[]> AxeViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'")) await page.EvaluateAsync(AxeSource.Value);
        return await page.EvaluateAsync<string[]>(@"async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
            .map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.html).join(' | ')}`)");
    }

    /// <summary>axe-core as the Deque package ships it, so its version is the one the package pins.</summary>
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeRunOptions).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")!;
        return new StreamReader(stream).ReadToEnd();
    });
}
