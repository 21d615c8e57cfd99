using Microsoft.Playwright;

namespace IncLead.BrowserTests;

/// <summary>
/// The equality lead, following only the home page's next task: from collecting answers to a closed, fully agreed,
/// signed-off and released cycle with the board pack downloaded; then next year's cycle set up and its invitations
/// sent. On its own server, because it closes the demo's open cycle.
/// </summary>
public sealed class EqualityLeadJourneyTests(JourneyServer app, Chromium chromium) : BrowserTest(app, chromium), IClassFixture<JourneyServer>
{
    private const string Panel = "lead-next-task";

    [Fact]
    public Task The_equality_lead_takes_a_cycle_from_answers_to_a_released_board_pack_by_following_the_next_task() => InBrowserAsync(async page =>
    {
        // A long journey on a shared, busy machine: allow each step longer than the usual 15 seconds.
        page.SetDefaultTimeout(60_000);
        await SignInAsync(page, Web.Data.Seed.DemoData.EqualityLeadEmail);
        await page.GotoAsync("/");
        await AssertAccessibleAsync(page);
        await Journey.ScreenshotsAsync(page, "lead-home");

        var headings = new List<string>();
        byte[]? pack = null;
        for (var step = 0; step < 12; step++)
        {
            var heading = await Journey.NextTaskHeadingAsync(page, Panel);
            headings.Add(heading);
            if (heading.EndsWith("is finished", StringComparison.Ordinal)) break;
            var next = await Journey.NextTaskAsync(page, Panel);

            if (await next.GetAttributeAsync("download") is not null)
            {
                var download = await page.RunAndWaitForDownloadAsync(() => next.ClickAsync());
                var file = Path.Combine(Chromium.ArtifactsFolder, "journey-board-pack.pdf");
                Directory.CreateDirectory(Chromium.ArtifactsFolder);
                await download.SaveAsAsync(file);
                pack = await File.ReadAllBytesAsync(file);
                await page.ReloadAsync();
                continue;
            }

            await next.ClickAsync();
            var path = new Uri(page.Url).AbsolutePath;
            if (path.EndsWith("/completion", StringComparison.Ordinal))
            {
                await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Email a reminder") }).ClickAsync();
                await page.Locator("#flash").WaitForAsync();
            }
            else if (path.EndsWith("/close", StringComparison.Ordinal))
            {
                await AssertAccessibleAsync(page);
                await page.GetByRole(AriaRole.Button, new() { Name = "Close the cycle" }).ClickAsync();
                await page.Locator("#cycle-tasks").WaitForAsync();
                await AssertAccessibleAsync(page);
                await Journey.ScreenshotsAsync(page, "lead-cycle-closed");
            }
            else if (path.Contains("/positions/", StringComparison.Ordinal))
            {
                await AssertAccessibleAsync(page);
                await Journey.ScreenshotsAsync(page, "lead-position");
                await AgreeEveryPositionAsync(page);
            }
            else if (path.EndsWith("/sign-off", StringComparison.Ordinal))
            {
                await Journey.FillDateAsync(page, "Date of the board meeting", DateTime.UtcNow.Date);
                await page.GetByLabel("Minute reference").FillAsync("TB/27/001");
                await page.GetByRole(AriaRole.Button, new() { Name = "Sign off" }).ClickAsync();
                await page.Locator("#cycle-tasks").WaitForAsync();
            }
            else if (path.EndsWith("/release", StringComparison.Ordinal))
            {
                await AssertAccessibleAsync(page);
                await page.GetByRole(AriaRole.Button, new() { Name = "Release the results" }).ClickAsync();
                await page.Locator("#cycle-tasks").WaitForAsync();
            }
            else
            {
                Assert.Fail($"The next task \"{heading}\" led to {path}, which this journey does not expect");
            }
            await Journey.HomeAsync(page);
        }

        Assert.Equal(
            ["send a reminder", "close the cycle when answers are in", "agree positions: 0 of", "sign off the cycle", "release the results to the board", "download the board pack", "is finished"],
            Steps(headings));
        Assert.NotNull(pack);
        Assert.True(pack.Length > 20_000 && pack.AsSpan(0, 5).SequenceEqual("%PDF-"u8), $"The board pack is {pack.Length} bytes and not a PDF");

        // The cycle's own task list agrees: every task is completed.
        await page.Locator($"section[aria-labelledby='{Panel}'] a[href^='/cycles/']").First.ClickAsync();
        var statuses = await page.Locator("#cycle-tasks .nhsuk-task-list__status").AllInnerTextsAsync();
        Assert.Equal(Enumerable.Repeat("Completed", 7), statuses.Where((_, i) => i is not 6 and not 7).Select(s => s.Trim()));
        await AssertAccessibleAsync(page);
        await Journey.ScreenshotsAsync(page, "lead-cycle-finished");

        // Next year: start the next cycle from this one and invite the board.
        await Journey.HomeAsync(page);
        await (await Journey.NextTaskAsync(page, Panel)).ClickAsync();
        await page.GetByLabel("Name of the cycle").FillAsync("2027/28");
        await Journey.FillDateAsync(page, "Opens on", DateTime.UtcNow.Date);
        await Journey.FillDateAsync(page, "Closes on", DateTime.UtcNow.Date.AddDays(28));
        await page.GetByRole(AriaRole.Button, new() { Name = "Create cycle" }).ClickAsync();
        await page.Locator("#cycle-tasks").WaitForAsync();
        await Journey.HomeAsync(page);
        Assert.Equal("Open 2027/28 and invite 8 respondents", await Journey.NextTaskHeadingAsync(page, Panel));
        await (await Journey.NextTaskAsync(page, Panel)).ClickAsync();
        await AssertAccessibleAsync(page);
        await Journey.ScreenshotsAsync(page, "lead-confirm-open");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the cycle and invite 8 respondents" }).ClickAsync();
        await page.Locator("#cycle-tasks").WaitForAsync();
        await Journey.HomeAsync(page);
        Assert.Equal("8 of 8 respondents have not finished — send a reminder", await Journey.NextTaskHeadingAsync(page, Panel));
    }, "EqualityLeadJourney");

    /// <summary>"Save and go to the next statement" until every statement has an agreed position and the cycle's tasks show.</summary>
    private static async Task AgreeEveryPositionAsync(IPage page)
    {
        var first = true;
        for (var i = 0; i < 200 && new Uri(page.Url).AbsolutePath.Contains("/positions/", StringComparison.Ordinal); i++)
        {
            if (first)
            {
                // The first statement is one the board was divided on, and the page shows how it rated it.
                Assert.True(await page.Locator("#board-spread").IsVisibleAsync());
                first = false;
            }
            await page.GetByLabel("Achieving (2)").CheckAsync();
            await page.GetByLabel("Rationale").FillAsync("Agreed at the board meeting after discussing the spread of views.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and go to the next statement" }).ClickAsync();
            await page.WaitForLoadStateAsync();
        }
        await page.Locator("#cycle-tasks").WaitForAsync();
        Assert.Contains("statements have an agreed position", await page.Locator("#flash").InnerTextAsync());
    }

    /// <summary>Each heading's step, in words that do not depend on the counts.</summary>
    private static List<string> Steps(IEnumerable<string> headings) =>
    [
        .. headings.Select(h => new[] { "send a reminder", "close the cycle when answers are in", "agree positions: 0 of", "sign off the cycle", "release the results to the board", "download the board pack", "is finished" }
            .FirstOrDefault(step => h.Contains(step, StringComparison.Ordinal)) ?? h),
    ];
}
