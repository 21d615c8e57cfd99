using Microsoft.Playwright;

namespace IncLead.BrowserTests;

/// <summary>
/// A board member who has never seen IncLead: from the home page, following only the next task, until all five
/// stages are answered and completed. Robert Williams (a non-executive director) has started two stages in the demo.
/// The journey answers every statement he left, so it runs on its own server: the shared one's tests count on his gaps.
/// </summary>
public sealed class BoardMemberJourneyTests(JourneyServer app, Chromium chromium) : BrowserTest(app, chromium), IClassFixture<JourneyServer>
{
    private const string Panel = "member-next-task";

    [Fact]
    public Task A_board_member_finishes_every_stage_by_following_the_next_task() => InBrowserAsync(async page =>
    {
        // A long journey on a shared, busy machine: allow each step longer than the usual 15 seconds.
        page.SetDefaultTimeout(60_000);
        await SignInAsync(page, "ned.audit@riverside.example");
        await page.GotoAsync("/");
        Assert.Contains("0 of 5 stages completed", await page.Locator($"section[aria-labelledby='{Panel}']").InnerTextAsync());
        await AssertAccessibleAsync(page);
        await Journey.ScreenshotsAsync(page, "board-member-home");

        for (var stage = 1; stage <= 5; stage++)
        {
            await (await Journey.NextTaskAsync(page, Panel)).ClickAsync();
            // The next task is the first stage not yet completed, in order, opened at its first factor with a gap; the
            // member answers each factor's page and goes on to the next until the last.
            Assert.Matches($@"/stages/{stage}/factors/\d+$", new Uri(page.Url).AbsolutePath);
            var next = page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" });
            while (true)
            {
                var statements = page.Locator(".app-statement");
                for (var i = 0; i < await statements.CountAsync(); i++)
                {
                    var statement = statements.Nth(i);
                    if (await statement.Locator("input[type=radio]:checked").CountAsync() == 0)
                        await statement.GetByLabel("Achieving (2)").CheckAsync();
                }
                if (await next.CountAsync() == 0) break;
                var from = page.Url;
                await next.ClickAsync();
                await page.WaitForURLAsync(url => url != from);
            }
            await page.GetByLabel("Yes, I have completed this stage").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and return to all stages" }).ClickAsync();
            await page.Locator($"#stage-{stage}-status").WaitForAsync();
            Assert.Equal("Completed", (await page.Locator($"#stage-{stage}-status").TextContentAsync())?.Trim());
            await Journey.HomeAsync(page);
            if (stage < 5) Assert.Contains($"{stage} of 5 stages completed", await page.Locator($"section[aria-labelledby='{Panel}']").InnerTextAsync());
        }

        // Done: nothing is due, and the page says so rather than offering a task.
        Assert.StartsWith("You have completed all 5 stages of 2026/27", await Journey.NextTaskHeadingAsync(page, Panel), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($"section[aria-labelledby='{Panel}'] [data-next-task]").CountAsync());
        Assert.Contains("5 of 5 stages completed", await page.Locator("#your-assessments").InnerTextAsync());
        await AssertAccessibleAsync(page);
        await Journey.ScreenshotsAsync(page, "board-member-done");
    });
}
