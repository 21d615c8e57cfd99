using Microsoft.Playwright;

namespace IncLead.BrowserTests;

/// <summary>Actions, stories, board development and the dashboard in a real browser: keyboard use and axe on every page.</summary>
public sealed class ActionPagesTests(AppServer app, Chromium chromium) : BrowserTest(app, chromium)
{
    private static Task<string[]> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string[]>("[document.activeElement.tagName, document.activeElement.id ?? '', (document.activeElement.textContent ?? '').trim(), document.activeElement.getAttribute('href') ?? '', document.activeElement.type ?? '']");

    /// <summary>Presses Tab until <paramref name="found"/> says the focused element is the one wanted.</summary>
    private static async Task TabToAsync(IPage page, Func<string[], bool> found, string what)
    {
        for (var i = 0; i < 300; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (found(await FocusedAsync(page))) return;
        }
        throw new InvalidOperationException($"Tabbing never reached {what}");
    }

    [Fact]
    public Task The_lead_raises_an_action_from_a_low_scoring_statement_and_updates_it_with_the_keyboard_only() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, Web.Data.Seed.DemoData.EqualityLeadEmail);
        await page.GotoAsync("/actions/raise");

        // The first link in the low-scoring table: Enter follows it.
        await TabToAsync(page, f => f[0] == "A" && f[3].Contains("statement=", StringComparison.Ordinal) && f[2].Contains("low-scoring statement", StringComparison.Ordinal), "a low-scoring statement");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/actions/new?**");
        var suggested = await page.Locator("#Form-Description").InputValueAsync();
        Assert.False(string.IsNullOrWhiteSpace(suggested), "the suggested action should be filled in");

        await TabToAsync(page, f => f[1] == "Form-OwnerUserId", "the owner");
        await page.Keyboard.PressAsync("ArrowDown");
        // The due date is filled in (three months ahead) and the priority defaults to medium: both are kept.
        await TabToAsync(page, f => f[4] == "submit" && f[2] == "Raise action", "the Raise action button");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/actions/\\d+$"));
        Assert.Equal(suggested, (await page.Locator("dt:has-text('What will be done') + dd").TextContentAsync())?.Trim());
        Assert.Contains("Action raised", await page.Locator("#flash").TextContentAsync());
        await AssertAccessibleAsync(page);

        // Tab lands on the checked radio of the status group; the arrow key moves the choice to "In progress".
        await TabToAsync(page, f => f[1] == "Progress-Status", "the status");
        await page.Keyboard.PressAsync("ArrowDown");
        await TabToAsync(page, f => f[1] == "Progress-Note", "the progress note");
        await page.Keyboard.TypeAsync("Agreed the approach with the staff networks.");
        await TabToAsync(page, f => f[4] == "submit" && f[2] == "Save update", "the Save update button");
        // The address after saving is the one before it, so wait for the new confirmation rather than for a URL.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#flash")).ToContainTextAsync("Your update has been saved");
        Assert.Equal("In progress", (await page.Locator("#status").TextContentAsync())?.Trim());
        Assert.Contains("Agreed the approach with the staff networks.", await page.Locator("#history + ol").TextContentAsync());
        await AssertAccessibleAsync(page);
    });

    [Fact]
    public Task The_equality_leads_action_story_session_and_dashboard_pages_have_no_accessibility_violations() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, Web.Data.Seed.DemoData.EqualityLeadEmail);
        foreach (var path in new[] { "/dashboard", "/dashboard/trend", "/actions", "/actions?show=overdue&sort=rag", "/actions/raise", "/actions/new", "/actions/settings",
                     "/stories", "/stories/new", "/board-development", "/board-development/new" })
        {
            await page.GotoAsync(path);
            await AssertAccessibleAsync(page);
        }

        await page.GotoAsync("/actions");
        await page.Locator("#actions a").First.ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Change the title, owner, due date or priority of this action" }).ClickAsync();
        await AssertAccessibleAsync(page);

        // A form sent back with errors: the error summary and the messages beside the fields.
        await page.GotoAsync("/actions/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Raise action" }).ClickAsync();
        await page.Locator(".nhsuk-error-summary").WaitForAsync();
        await AssertAccessibleAsync(page);

        await page.GotoAsync("/stories");
        await page.Locator("#stories a").First.ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GotoAsync("/stories/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add story" }).ClickAsync();
        await page.Locator(".nhsuk-error-summary").WaitForAsync();
        await AssertAccessibleAsync(page);

        await page.GotoAsync("/board-development");
        await page.GetByRole(AriaRole.Link, new() { Name = "Board development session on inclusion" }).First.ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Print-friendly agenda" }).ClickAsync();
        await AssertAccessibleAsync(page);
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Print the agenda" }).IsVisibleAsync());
    });

    [Fact]
    public Task A_board_members_dashboard_action_and_story_pages_have_no_accessibility_violations() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, "chair@riverside.example");
        foreach (var path in new[] { "/", "/dashboard", "/dashboard/trend", "/actions?show=mine", "/stories", "/board-development" })
        {
            await page.GotoAsync(path);
            await AssertAccessibleAsync(page);
        }
        await page.GotoAsync("/actions?show=mine");
        await page.Locator("#actions a").First.ClickAsync();
        await AssertAccessibleAsync(page);
        await page.GotoAsync("/stories");
        await page.Locator("#stories a").First.ClickAsync();
        await AssertAccessibleAsync(page);
        Assert.DoesNotContain("Being the only one in the room", await page.ContentAsync());
    });
}
