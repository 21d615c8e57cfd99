using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.SingleSignOn;

/// <summary>
/// The trust admin's settings page and "require single sign-on": discovery checked on save, the secret stored
/// encrypted, shared domains refused, passwords refused for domain accounts except the break-glass trust admin.
/// </summary>
public sealed class SingleSignOnSettingsTests(SingleSignOnApp app) : IClassFixture<SingleSignOnApp>
{
    private static Dictionary<string, string> Fields(string authority, string domains = "riverside.example", string required = "false", string secret = "a-new-client-secret") => new()
    {
        ["IsEnabled"] = "true", ["Authority"] = authority, ["ClientId"] = "riverside", ["ClientSecret"] = secret,
        ["EmailDomains"] = domains, ["EmailClaim"] = "email", ["RequiredForDomainAccounts"] = required,
    };

    [Fact]
    public async Task A_trust_admin_saves_a_provider_that_answers_and_the_secret_is_stored_encrypted()
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var page = await admin.GetPageAsync("/admin/single-sign-on");
        Assert.Contains($"/signin-oidc/{app.RiversideId}", page);

        var saved = await admin.SubmitAsync("/admin/single-sign-on", "/admin/single-sign-on", Fields(app.Provider.Authority, "riverside.example\nRiverside-Health.example"));

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, ProviderFlow.Excerpt(System.Text.RegularExpressions.Regex.Replace(await saved.BodyAsync(), "<(head|header)[^>]*>.*?</\\1>", "", System.Text.RegularExpressions.RegexOptions.Singleline)));
        var stored = await app.QueryAsync(db => db.SingleSignOnConnections.Include(c => c.Domains).SingleAsync(c => c.OrganisationId == app.RiversideId));
        Assert.DoesNotContain("a-new-client-secret", stored.ProtectedClientSecret);
        Assert.Equal(["riverside-health.example", "riverside.example"], stored.Domains.Select(d => d.Name).Order());
        Assert.Contains(AuditActions.SingleSignOnConfigured, await app.AuditActionsAsync(app.RiversideId));
        Assert.DoesNotContain("a-new-client-secret", string.Join(" ", await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Select(e => e.Summary).ToListAsync())));
    }

    [Theory]
    [InlineData("http://127.0.0.1:9/", "riverside.example", "did not answer with its OpenID Connect discovery document")]
    [InlineData("not a web address", "riverside.example", "Enter the issuer as a web address")]
    [InlineData("PROVIDER", "nhs.net", "nhs.net is shared by many organisations")]
    [InlineData("PROVIDER", "not_a_domain", "is not an email domain")]
    [InlineData("PROVIDER", "", "Enter at least one email domain")] // an empty field arrives as null: once a 500
    public async Task A_setting_that_cannot_work_is_refused_with_the_reason_and_nothing_changes(string authority, string domains, string message)
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var before = await app.QueryAsync(db => db.SingleSignOnConnections.Where(c => c.OrganisationId == app.RiversideId).Select(c => c.Version).SingleAsync());

        var response = await admin.SubmitAsync("/admin/single-sign-on", "/admin/single-sign-on", Fields(authority.Replace("PROVIDER", app.Provider.Authority, StringComparison.Ordinal), domains));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.True(Forms.Occurrences(html, message) >= 2, $"Expected \"{message}\" beside the field and in the summary");
        Assert.Equal(before, await app.QueryAsync(db => db.SingleSignOnConnections.Where(c => c.OrganisationId == app.RiversideId).Select(c => c.Version).SingleAsync()));
    }

    [Fact]
    public async Task A_wrong_issuer_address_is_named_on_the_same_save_as_an_empty_field()
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var fields = Fields("not a web address");
        fields["ClientId"] = "";
        var response = await admin.SubmitAsync("/admin/single-sign-on", "/admin/single-sign-on", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.True(Forms.Occurrences(html, "Enter the client ID") >= 2);
        Assert.True(Forms.Occurrences(html, "Enter the issuer as a web address") >= 2);
    }

    [Fact]
    public async Task Another_organisations_domain_cannot_be_claimed()
    {
        var hilltop = await OtherOrganisation.CreateAsync(app, "ZHC");
        await app.Provider.AddClientAsync("hilltop-c", SingleSignOnApp.ClientSecret, SingleSignOnApp.CallbackFor(hilltop.Id));
        await app.ConnectAsync(hilltop.Id, app.Provider.Authority, "hilltop-c", ["zhc.example"]);
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);

        var response = await admin.SubmitAsync("/admin/single-sign-on", "/admin/single-sign-on", Fields(app.Provider.Authority, "riverside.example\nzhc.example"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("zhc.example is already used by another organisation", await response.BodyAsync());
    }

    [Fact]
    public async Task Only_a_trust_admin_reaches_the_settings()
    {
        var member = await Browser.SignedInAsync(app, DemoData.EqualityLeadEmail);
        var response = await member.GetAsync("/admin/single-sign-on");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}

/// <summary>"Require single sign-on for our domain accounts", on an app of its own so other tests keep their passwords.</summary>
public sealed class SingleSignOnRequiredTests(SingleSignOnApp app) : IClassFixture<SingleSignOnApp>
{
    [Fact]
    public async Task Domain_accounts_lose_their_password_but_the_break_glass_trust_admin_with_two_factor_keeps_it()
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        // Not allowed before a trust admin has two-factor on: they would have no way in if the provider were down.
        var early = await admin.SubmitAsync("/admin/single-sign-on", "/admin/single-sign-on", new Dictionary<string, string>
        {
            ["IsEnabled"] = "true", ["Authority"] = app.Provider.Authority, ["ClientId"] = "riverside", ["ClientSecret"] = SingleSignOnApp.ClientSecret,
            ["EmailDomains"] = "riverside.example", ["EmailClaim"] = "email", ["RequiredForDomainAccounts"] = "true",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("a trust admin must turn on two-factor sign-in", await early.BodyAsync());

        var key = await app.WithUsersAsync(async users =>
        {
            var user = (await users.FindByEmailAsync(DemoData.TrustAdminEmail))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            return (await users.GetAuthenticatorKeyAsync(user))!;
        });
        await app.ConnectAsync(app.RiversideId, app.Provider.Authority, "riverside", ["riverside.example"], required: true);

        // A board member's right password is refused, with a message that sends them back to the email step.
        var member = await Browser.For(app).SubmitAsync("/account/sign-in", "/account/sign-in",
            new Dictionary<string, string> { ["Email"] = DemoData.EqualityLeadEmail, ["Password"] = DemoData.Password });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, member.StatusCode);
        Assert.Contains("signs you in through its own account", System.Net.WebUtility.HtmlDecode(await member.BodyAsync()));

        // A wrong password gets the ordinary answer, so the rule tells a stranger nothing about the account.
        var wrong = await Browser.For(app).SubmitAsync("/account/sign-in", "/account/sign-in",
            new Dictionary<string, string> { ["Email"] = DemoData.EqualityLeadEmail, ["Password"] = "not-the-password-at-all" });
        Assert.Contains("Your email address or password is incorrect", await wrong.BodyAsync());

        // The break-glass trust admin: password, then the authenticator code.
        var glass = Browser.For(app);
        var password = await glass.SubmitAsync("/account/sign-in/password", "/account/sign-in",
            new Dictionary<string, string> { ["Email"] = DemoData.TrustAdminEmail, ["Password"] = DemoData.Password });
        Assert.Equal("/account/two-factor", password.Headers.Location!.OriginalString.Split('?')[0]);
        var code = await glass.SubmitAsync("/account/two-factor", "/account/two-factor", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Contains("Sam Patel", await glass.GetPageAsync("/"));
    }
}
