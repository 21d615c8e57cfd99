using Microsoft.Playwright;

namespace IncLead.BrowserTests;

public sealed class AccountPagesTests(AppServer app, Chromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public Task A_board_member_signs_in_with_the_keyboard_only() => InBrowserAsync(async page =>
    {
        await page.GotoAsync("/account/sign-in");
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("document.activeElement?.id ?? ''") != "Email"; i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Email", await page.EvaluateAsync<string>("document.activeElement.id"));

        await page.Keyboard.TypeAsync("chair@riverside.example");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByLabel("Password").WaitForAsync();
        for (var i = 0; i < 10 && await page.EvaluateAsync<string>("document.activeElement?.id ?? ''") != "Password"; i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Password", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync(Web.Data.Seed.DemoData.Password);
        await page.Keyboard.PressAsync("Enter");

        // Checking the password is slow by design; with the other test projects on the same two cores it has taken
        // over 15 seconds, so this step alone may take longer than the usual limit.
        await page.WaitForURLAsync($"{App.BaseUrl}/", new() { Timeout = 45_000 });
        Assert.Equal("Margaret Okafor", (await page.Locator("#account-name").TextContentAsync())?.Trim());
    });

    [Fact]
    public Task The_sign_in_page_and_its_error_state_have_no_accessibility_violations() => InBrowserAsync(async page =>
    {
        await page.GotoAsync("/account/sign-in");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.Locator(".nhsuk-error-summary").WaitForAsync();
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Email address").FillAsync("chair@riverside.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator(".nhsuk-error-summary").WaitForAsync();
        // The error summary takes focus so a screen reader announces it.
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToBeFocusedAsync();
        await AssertAccessibleAsync(page);
    });

    [Fact]
    public Task Two_factor_setup_and_account_pages_have_no_accessibility_violations() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, "medical.director@riverside.example");
        await page.GotoAsync("/account");
        await AssertAccessibleAsync(page);
        await page.GotoAsync("/account/two-factor-setup");
        Assert.True(await page.Locator(".app-qr-code svg").IsVisibleAsync());
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Security code").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await page.Locator(".nhsuk-error-summary").WaitForAsync();
        await AssertAccessibleAsync(page);
    });

    [Fact]
    public Task Forgotten_password_and_error_pages_have_no_accessibility_violations() => InBrowserAsync(async page =>
    {
        await page.GotoAsync("/account/forgot-password");
        await AssertAccessibleAsync(page);
        await page.GotoAsync("/account/unlock?email=someone%40riverside.example&token=abc");
        await AssertAccessibleAsync(page);
        await page.GotoAsync("/invitations/not-a-real-token");
        await AssertAccessibleAsync(page);
        await page.GotoAsync("/accessibility");
        await AssertAccessibleAsync(page);
    });
}
