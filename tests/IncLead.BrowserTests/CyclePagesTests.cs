using Microsoft.Playwright;

namespace IncLead.BrowserTests;

/// <summary>The assessment pages in a real browser: keyboard use, autosave, and axe on every page of the cycle.</summary>
public sealed class CyclePagesTests(AppServer app, Chromium chromium) : BrowserTest(app, chromium)
{
    private static async Task<string> OpenCycleUrlAsync(IPage page)
    {
        await page.GotoAsync("/respond");
        // Newest first: the open demo cycle.
        return (await page.Locator("main a[href^='/respond/']").First.GetAttributeAsync("href"))!;
    }

    [Fact]
    public Task A_board_member_completes_a_stage_with_the_keyboard_only() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, "ned.people@riverside.example");
        var cycle = await OpenCycleUrlAsync(page);
        await page.GotoAsync($"{cycle}/stages/4");

        // Tab through each factor's page; in each unanswered group of radios, Space chooses the option that has focus;
        // Enter on "Save and continue" goes to the next factor, and on the last page the stage is marked complete.
        for (var i = 0; i < 1500; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string[]>("[document.activeElement.type ?? '', document.activeElement.name ?? '', document.activeElement.value ?? '', document.activeElement.textContent ?? '']");
            if (focused[0] == "radio" && await page.EvaluateAsync<bool>($"!document.querySelector('input[name=\"{focused[1]}\"]:checked')"))
                await page.Keyboard.PressAsync("Space");
            if (focused[0] == "submit" && focused[3].Contains("Save and continue", StringComparison.Ordinal))
            {
                var from = page.Url;
                await page.Keyboard.PressAsync("Enter");
                await page.WaitForURLAsync(url => url != from);
                continue;
            }
            if (focused[0] == "submit" && focused[3].Contains("Save and return", StringComparison.Ordinal))
            {
                await page.Keyboard.PressAsync("Enter");
                break;
            }
        }
        await page.WaitForURLAsync($"{App.BaseUrl}{cycle}");
        var stage4 = page.Locator("#stage-4-status");
        Assert.Equal("Completed", (await stage4.TextContentAsync())?.Trim());
    });

    [Fact]
    public Task An_answer_saved_in_the_background_survives_a_page_reload() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, "ned.quality@riverside.example");
        var cycle = await OpenCycleUrlAsync(page);
        await page.GotoAsync($"{cycle}/stages/3");
        var first = page.Locator(".app-statement").First;
        await first.GetByLabel("Developing (1)").CheckAsync();
        await Assertions.Expect(first.Locator("[data-status]")).ToContainTextAsync("Saved at");
        await first.GetByLabel("Comment (optional)").FillAsync("Typed, then left alone");
        await first.GetByLabel("Comment (optional)").BlurAsync();
        await Assertions.Expect(first.Locator("[data-status]")).ToContainTextAsync("Saved at");

        await page.ReloadAsync();
        Assert.True(await page.Locator(".app-statement").First.GetByLabel("Developing (1)").IsCheckedAsync());
        Assert.Equal("Typed, then left alone", await page.Locator(".app-statement").First.GetByLabel("Comment (optional)").InputValueAsync());
    });

    [Fact]
    public Task The_respondent_pages_have_no_accessibility_violations() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, "chair@riverside.example");
        var cycle = await OpenCycleUrlAsync(page);
        await AssertAccessibleAsync(page);
        await page.GotoAsync(cycle);
        await AssertAccessibleAsync(page);
        await page.GotoAsync($"{cycle}/stages/1");
        await AssertAccessibleAsync(page);
        await page.Locator(".app-statement details").First.Locator("summary").ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GotoAsync("/frameworks");
        await AssertAccessibleAsync(page);
        await page.Locator("main a[href^='/frameworks/']").Filter(new() { HasText = "IncLeaD Toolkit 2012" }).First.ClickAsync();
        await AssertAccessibleAsync(page);
    });

    [Fact]
    public Task The_equality_leads_pages_have_no_accessibility_violations() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, Web.Data.Seed.DemoData.EqualityLeadEmail);
        await page.GotoAsync("/cycles");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "2026/27" }).ClickAsync();
        var cycle = new Uri(page.Url).AbsolutePath;
        await AssertAccessibleAsync(page);
        foreach (var path in new[] { "/completion", "/results", "/results/stages/2", "/consensus", "/trend", "/positions" })
        {
            await page.GotoAsync(cycle + path);
            await AssertAccessibleAsync(page);
        }
        await page.GotoAsync(cycle + "/positions");
        // A statement split since last cycle: its parent's position, with that said, in the summary list.
        var split = await page.Locator(".app-positions a", new() { HasTextString = "S1.F7.06:" }).GetAttributeAsync("href");
        await page.GotoAsync(split!);
        Assert.Contains("since been split", await page.Locator(".nhsuk-summary-list").InnerTextAsync());
        await AssertAccessibleAsync(page);
        await Journey.ScreenshotsAsync(page, "position-split-statement");
        await page.GotoAsync(cycle + "/positions");
        await page.Locator(".app-positions a").First.ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and go to the next statement" }).ClickAsync();
        await page.Locator(".nhsuk-error-summary").WaitForAsync();
        await AssertAccessibleAsync(page);

        await page.GotoAsync("/cycles/new");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create cycle" }).ClickAsync();
        await page.Locator(".nhsuk-error-summary").WaitForAsync();
        await AssertAccessibleAsync(page);

        await page.GotoAsync("/cycles");
        await page.GetByRole(AriaRole.Link, new() { Name = "2025/26" }).ClickAsync();
        var signed = new Uri(page.Url).AbsolutePath;
        foreach (var path in new[] { "/sign-off", "/sign-off/versions/1", "/results" })
        {
            await page.GotoAsync(signed + path);
            await AssertAccessibleAsync(page);
        }

        // A report that does not exist: a page that says so, in the service's layout.
        var missing = await page.GotoAsync(signed + "/reports/annual-report.pdf");
        Assert.Equal(404, missing!.Status);
        Assert.Equal("Report not found", await page.Locator("h1").TextContentAsync());
        await AssertAccessibleAsync(page);
    });
}
