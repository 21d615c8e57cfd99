using IncLead.DevIdentityProvider;
using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Features.SingleSignOn;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IncLead.BrowserTests;

/// <summary>Single sign-on in a real browser against the development OpenID Connect server, for an organisation of its own.</summary>
public sealed class SingleSignOnPagesTests(AppServer app, Chromium chromium) : BrowserTest(app, chromium)
{
    private const string Password = "Provider-browser-2026";

    [Fact]
    public Task An_invited_member_signs_in_through_their_organisation_and_an_uninvited_person_is_refused() => InBrowserAsync(async page =>
    {
        await using var provider = await DevIdentityProviderServer.StartAsync();
        // Its first answer takes seconds on a loaded machine (start-up, first compilation); a person would meet a warm one.
        using (var warm = new HttpClient { Timeout = TimeSpan.FromSeconds(60) })
            await warm.GetStringAsync(provider.Authority + ".well-known/openid-configuration");
        var organisationId = await CreateOrganisationAsync("board@zkb.example");
        await provider.AddClientAsync("kestrel", "kestrel-secret", $"{App.BaseUrl}/signin-oidc/{organisationId}");
        await ConnectAsync(organisationId, provider.Authority, "kestrel", "kestrel-secret", "zkb.example");
        provider.Users.Add("board@zkb.example", Password, "Kestrel Board Member");
        provider.Users.Add("stranger@zkb.example", Password, "Stranger");

        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync("board@zkb.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(provider.Authority, StringComparison.Ordinal));
        Assert.Equal("board@zkb.example", (await page.Locator("input[name=login_hint]").GetAttributeAsync("value")) ?? "");
        await page.GetByLabel("Email address").FillAsync("board@zkb.example");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync($"{App.BaseUrl}/");
        Assert.Equal("Kestrel Board Member", (await page.Locator("#account-name").TextContentAsync())?.Trim());
        await AssertAccessibleAsync(page);

        await page.Context.ClearCookiesAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync("stranger@zkb.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(provider.Authority, StringComparison.Ordinal));
        await page.GetByLabel("Email address").FillAsync("stranger@zkb.example");
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "You have not been invited to IncLead" }).WaitForAsync();
        await AssertAccessibleAsync(page);
        await page.SetViewportSizeAsync(320, 640);
        await AssertAccessibleAsync(page);
    });

    private async Task<int> CreateOrganisationAsync(string memberEmail)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var now = DateTime.UtcNow;
        var organisation = new Organisation("Kestrel NHS Trust", OrganisationType.NhsTrust, "ZKB", "North East", false, now);
        organisation.UpdateProfile(organisation.Name, organisation.Type, organisation.OdsCode, organisation.Region, false, requireTwoFactorForAdmins: false);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        var user = new AppUser { UserName = memberEmail, Email = memberEmail, FullName = "Kestrel Board Member", EmailConfirmed = true, CurrentOrganisationId = organisation.Id };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        db.Memberships.Add(new Membership(organisation.Id, user.Id, OrganisationRoles.BoardMember, BoardPosition.NonExecutiveDirector, now));
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    private async Task ConnectAsync(int organisationId, string authority, string clientId, string secret, string domain)
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = new SingleSignOnConnection(organisationId);
        connection.Configure(authority, clientId, scope.ServiceProvider.GetRequiredService<ClientSecretProtector>().Protect(secret), "email", [domain],
            isEnabled: true, requiredForDomainAccounts: false, OrganisationRoles.None, DateTime.UtcNow);
        db.SingleSignOnConnections.Add(connection);
        await db.SaveChangesAsync();
    }
}
