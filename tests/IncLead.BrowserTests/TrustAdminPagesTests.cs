using Microsoft.Playwright;

namespace IncLead.BrowserTests;

public sealed class TrustAdminPagesTests(AppServer app, Chromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public Task Every_trust_admin_page_has_no_accessibility_violations() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, Web.Data.Seed.DemoData.TrustAdminEmail);
        foreach (var path in new[] { "/", "/admin/users", "/admin/users/invite", "/admin/organisation", "/admin/audit", "/admin/single-sign-on" })
        {
            await page.GotoAsync(path);
            await AssertAccessibleAsync(page);
        }

        // The single sign-on form with its errors (an issuer that is not a web address is refused before anything is saved).
        await page.GetByLabel("Issuer address").FillAsync("not a web address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save single sign-on settings" }).ClickAsync();
        await page.Locator(".nhsuk-error-summary").WaitForAsync();
        await AssertAccessibleAsync(page);
        await Journey.ScreenshotsAsync(page, "single-sign-on-errors");

        await page.GotoAsync("/admin/users");
        await page.GetByRole(AriaRole.Link, new() { Name = "Grace Mensah" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/users/*");
        await AssertAccessibleAsync(page);
    });

    [Fact]
    public Task A_trust_admin_invites_someone_who_accepts_from_the_emailed_link() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, Web.Data.Seed.DemoData.TrustAdminEmail);
        await page.GotoAsync("/admin/users/invite");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await page.Locator(".nhsuk-error-summary").WaitForAsync();
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Full name").FillAsync("Leah Browne");
        await page.GetByLabel("Email address").FillAsync("leah.browne@riverside.example");
        // Nothing is chosen for the admin: the role and the position are both theirs to pick.
        await page.GetByLabel("Board member", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Governor").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/users");
        Assert.Contains("Invitation sent to leah.browne@riverside.example", await page.Locator("#flash").TextContentAsync());

        var link = await WaitForInvitationLinkAsync("leah.browne@riverside.example");
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync(link);
        await AssertAccessibleAsync(page);
        await page.GetByLabel("Choose a password").FillAsync("Copper-meadow-signal-58");
        await page.GetByLabel("Confirm password").FillAsync("Copper-meadow-signal-58");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept and create account" }).ClickAsync();
        await page.WaitForURLAsync($"{App.BaseUrl}/");
        Assert.Equal("Leah Browne", (await page.Locator("#account-name").TextContentAsync())?.Trim());
    });

    private async Task<string> WaitForInvitationLinkAsync(string address)
    {
        // The real outbox sender delivers it in the background, as it would for a person.
        for (var i = 0; i < 50; i++)
        {
            var files = Directory.Exists(App.MailFolder) ? Directory.GetFiles(App.MailFolder, "*.eml") : [];
            foreach (var file in files)
            {
                var message = await MimeKit.MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => m.Address == address))
                    return new Uri(System.Text.RegularExpressions.Regex.Match(message.TextBody ?? "", @"https?://\S+/invitations/\S+").Value).PathAndQuery;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"No invitation email for {address}");
    }
}
