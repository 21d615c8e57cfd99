using Microsoft.Playwright;

namespace IncLead.BrowserTests;

/// <summary>What the journey tests share: following the home page's next task, filling dates either way, and screenshots at two widths.</summary>
internal static class Journey
{
    /// <summary>The next task's button or link in one role's panel; fails the test when the panel offers none.</summary>
    public static async Task<ILocator> NextTaskAsync(IPage page, string panelHeadingId)
    {
        var panel = page.Locator($"section[aria-labelledby='{panelHeadingId}']");
        var next = panel.Locator("[data-next-task]");
        Assert.True(await next.CountAsync() == 1, $"The home page offers no next task in #{panelHeadingId}: {await panel.InnerTextAsync()}");
        return next;
    }

    public static async Task<string> NextTaskHeadingAsync(IPage page, string panelHeadingId) =>
        (await page.Locator($"section[aria-labelledby='{panelHeadingId}'] [data-next-task-heading]").InnerTextAsync()).Trim();

    /// <summary>Back to the home page the way a person would: the service logo in the header.</summary>
    public static async Task HomeAsync(IPage page)
    {
        await page.Locator("header a[href='/']").First.ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }

    /// <summary>Fills a date field whether it is one box (yyyy-mm-dd) or the NHS.UK three-field date input (day, month, year).</summary>
    public static async Task FillDateAsync(IPage page, string label, DateTime date)
    {
        var group = page.Locator("fieldset").Filter(new() { Has = page.GetByText(label, new() { Exact = true }) });
        if (await group.CountAsync() > 0 && await group.First.GetByLabel("Day").CountAsync() > 0)
        {
            await group.First.GetByLabel("Day").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await group.First.GetByLabel("Month").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await group.First.GetByLabel("Year").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        await page.GetByLabel(label, new() { Exact = true }).FillAsync(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Full-page screenshots at a laptop's width and at 320 CSS pixels, where nothing may scroll sideways as a whole.</summary>
    public static async Task ScreenshotsAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Chromium.ArtifactsFolder);
        await page.SetViewportSizeAsync(1280, 900);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ArtifactsFolder, $"journey-{name}-1280.png"), FullPage = true });
        await page.SetViewportSizeAsync(BrowserTest.Phone.Width, BrowserTest.Phone.Height);
        await BrowserTest.AssertReflowsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ArtifactsFolder, $"journey-{name}-320.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);
    }
}
