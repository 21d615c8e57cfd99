using Microsoft.Playwright;

namespace IncLead.BrowserTests;

/// <summary>
/// Issue 9's page work in a real browser: answering a stage a factor a page (progress that stays in view, the factor
/// list, every gap listed), the action form's conditional reveal with and without JavaScript, and the agenda printing without the
/// service's header, navigation or buttons. Screenshots at 1280 and 320 px are kept in the artifacts folder to look at.
/// </summary>
public sealed class ReadingAndAnsweringTests(AppServer app, Chromium chromium) : BrowserTest(app, chromium)
{
    private static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Chromium.ArtifactsFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ArtifactsFolder, $"{name}-{page.ViewportSize!.Width}.png"), FullPage = true });
    }

    [Fact]
    public Task A_stage_is_answered_a_factor_a_page_with_its_progress_and_every_gap_listed_when_marked_complete_too_soon() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, "ned.audit@riverside.example");
        await page.GotoAsync("/respond");
        var cycle = (await page.Locator("main a[href^='/respond/']").First.GetAttributeAsync("href"))!;
        await page.GotoAsync($"{cycle}/stages/2");

        // The stage opens at the first factor with a gap (the demo member stopped part way through stage 2).
        Assert.Matches(@"/stages/2/factors/\d+$", new Uri(page.Url).AbsolutePath);
        Assert.True(await Unanswered(page).CountAsync() >= 1, "the stage should open where a statement is unanswered");
        // On a laptop the first statement is in view without scrolling.
        var first = page.Locator(".app-statement legend").First;
        var box = await first.BoundingBoxAsync();
        Assert.True(box is not null && box.Y + box.Height <= 900, $"the first statement starts {box?.Y} px down a 900 px window");
        await ScreenshotAsync(page, "stage");

        // The factor list leads to each other factor's page and marks this one; each statement shows its code.
        var factors = await page.Locator(".app-factor-list li").CountAsync();
        Assert.True(factors >= 3);
        Assert.Equal(factors - 1, await page.Locator(".app-factor-list a").CountAsync());
        Assert.Equal(1, await page.Locator(".app-factor-list li[aria-current=page]").CountAsync());
        await page.Locator(".app-factor-list a[href$='/factors/3']").ClickAsync();
        Assert.EndsWith("/stages/2/factors/3", page.Url, StringComparison.Ordinal);
        Assert.Matches(@"^S2\.F3\.\d\d ", (await first.TextContentAsync())!.Trim());

        // The progress line counts the whole stage; answering one more statement counts up there and in the factor list,
        // and the line stays in view at the foot of the page.
        var progress = page.Locator("#stage-progress");
        var before = Number(await progress.Locator("[data-answered]").TextContentAsync());
        Assert.True(Number(await progress.Locator("[data-total]").TextContentAsync()) > await page.Locator(".app-statement").CountAsync());
        var gaps = await Unanswered(page).CountAsync();
        Assert.True(gaps >= 2, "the demo member has left some of this factor unanswered");
        var answering = (await Unanswered(page).Nth(gaps - 1).GetAttributeAsync("id"))!;
        await page.Locator($"#{answering}").GetByLabel("Achieving (2)").CheckAsync();
        await Assertions.Expect(progress.Locator("[data-answered]")).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var here = await page.Locator(".app-statement:has(input[type=radio]:checked)").CountAsync();
        await Assertions.Expect(page.Locator("[data-factor-answered]")).ToContainTextAsync($"({here} of ");
        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        var stuck = await progress.BoundingBoxAsync();
        Assert.True(stuck is not null && stuck.Y is >= -1 and < 80, $"the progress line should stay at the top of the window, not at {stuck?.Y}");

        // Marking it complete on the last factor with gaps: the summary lists each gap on this page, marked where it
        // stands, and links to each other factor that has gaps.
        await page.Locator(".app-factor-list a").Last.ClickAsync();
        await page.GetByLabel("Yes, I have completed this stage").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and return to all stages" }).ClickAsync();
        await page.Locator(".nhsuk-error-summary").WaitForAsync();
        // Counted on the page as it comes back: the shared server's other tests run alongside, and the check is that
        // every gap shown is listed and marked, not how many there were.
        var left = await Unanswered(page).CountAsync();
        var otherFactorsWithGaps = 0;
        foreach (var count in await page.Locator(".app-factor-list li:not([aria-current]) .app-factor-count").AllTextContentsAsync())
        {
            var parts = System.Text.RegularExpressions.Regex.Match(count, @"(\d+) of (\d+)");
            if (parts.Groups[1].Value != parts.Groups[2].Value) otherFactorsWithGaps++;
        }
        Assert.True(otherFactorsWithGaps >= 1);
        Assert.Equal(left + 1 + otherFactorsWithGaps, await page.Locator(".nhsuk-error-summary__list li").CountAsync());
        Assert.Equal(left, await page.Locator(".app-statement .nhsuk-form-group--error").CountAsync());
        await AssertAccessibleAsync(page);
        await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await ScreenshotAsync(page, "stage-gaps");

        // A gap on another factor's page is a link to it there.
        var link = page.Locator(".nhsuk-error-summary__list a", new() { HasTextString = "Answer the " }).First;
        var href = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();
        await page.WaitForURLAsync($"**{href}");
        await Assertions.Expect(page.Locator(href[href.IndexOf('#', StringComparison.Ordinal)..])).ToBeVisibleAsync();
    });

    private static ILocator Unanswered(IPage page) => page.Locator(".app-statement:not(:has(input[type=radio]:checked))");

    private static int Number(string? text) => int.Parse(text!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public Task The_progress_form_reveals_evidence_for_done_and_a_reason_for_dropped() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, Web.Data.Seed.DemoData.EqualityLeadEmail);
        await page.GotoAsync("/actions");
        await page.Locator("main table tr", new() { HasTextString = "In progress" }).First.Locator("a[href^='/actions/']").First.ClickAsync();
        await page.Locator("#update").WaitForAsync();
        var evidence = page.Locator("#Progress-CompletionEvidence");
        var reason = page.Locator("#Progress-DropReason");
        var status = page.Locator("input[name='Progress.Status']");

        await page.Locator("input[name='Progress.Status'][value='Dropped']").CheckAsync();
        await Assertions.Expect(reason).ToBeVisibleAsync();
        await Assertions.Expect(evidence).ToBeHiddenAsync();
        await page.Locator("input[name='Progress.Status'][value='Done']").CheckAsync();
        await Assertions.Expect(evidence).ToBeVisibleAsync();
        await Assertions.Expect(reason).ToBeHiddenAsync();
        await page.Locator("#Progress-AtRisk").CheckAsync();
        await Assertions.Expect(page.Locator("#Progress-RiskNote")).ToBeVisibleAsync();
        Assert.True(await status.CountAsync() >= 2);
        await AssertAccessibleAsync(page);
        await ScreenshotAsync(page, "action-progress");
    });

    [Fact]
    public Task Without_JavaScript_every_progress_field_shows() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, Web.Data.Seed.DemoData.EqualityLeadEmail);
        await page.GotoAsync("/actions");
        var href = (await page.Locator("main table a[href^='/actions/']").First.GetAttributeAsync("href"))!;
        await using var context = await page.Context.Browser!.NewContextAsync(new() { BaseURL = App.BaseUrl, JavaScriptEnabled = false, StorageState = await page.Context.StorageStateAsync() });
        var plain = await context.NewPageAsync();
        await plain.GotoAsync(href);
        await Assertions.Expect(plain.Locator("#Progress-DropReason")).ToBeVisibleAsync();
        await Assertions.Expect(plain.Locator("#Progress-RiskNote")).ToBeVisibleAsync();
    });

    [Fact]
    public Task The_agenda_prints_without_the_header_navigation_or_buttons() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, Web.Data.Seed.DemoData.EqualityLeadEmail);
        await page.GotoAsync("/board-development");
        await page.GetByRole(AriaRole.Link, new() { Name = "Board development session on inclusion" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Print-friendly agenda" }).ClickAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("header.nhsuk-header").IsVisibleAsync());
        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "Print the agenda" }).IsVisibleAsync());
        Assert.False(await page.Locator(".nhsuk-footer").IsVisibleAsync());
        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True(await page.Locator("table.app-agenda").IsVisibleAsync());
    });

    [Fact]
    public Task The_long_results_pages_read_on_a_phone() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, Web.Data.Seed.DemoData.EqualityLeadEmail);
        await page.GotoAsync("/cycles");
        await page.GetByRole(AriaRole.Link, new() { Name = "2025/26" }).ClickAsync();
        var cycle = new Uri(page.Url).AbsolutePath;
        await page.GotoAsync("/cycles");
        await page.GetByRole(AriaRole.Link, new() { Name = "2026/27" }).ClickAsync();
        var open = new Uri(page.Url).AbsolutePath;
        // The open cycle's trend has last year's targets on its chart.
        foreach (var path in new[] { cycle + "/results", cycle + "/consensus", cycle + "/trend", open + "/trend" })
        {
            await page.GotoAsync(path);
            var name = path.Split('/')[^1] + (path.StartsWith(open + "/", StringComparison.Ordinal) ? "-open" : "");
            // Statements wait in closed sections, so no page is tens of thousands of pixels tall.
            var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
            Assert.True(height < 9000, $"{path} is {height} px tall at 1280 px wide");
            await Journey.ScreenshotsAsync(page, name);
        }
    });
}
