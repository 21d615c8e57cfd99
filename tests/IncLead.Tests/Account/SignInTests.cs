using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Account;

public sealed class SignInTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Signing_in_with_the_demo_password_reaches_the_home_page_and_is_audited()
    {
        var browser = Browser.For(app);
        await browser.SignInAsync(DemoData.TrustAdminEmail);

        var home = await browser.GetPageAsync("/");
        Assert.Contains("Sam Patel", home);
        Assert.Contains("Riverside NHS Foundation Trust", home);
        Assert.Contains(AuditActions.SignInSucceeded, await app.AuditActionsAsync());
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_beside_the_field_and_in_the_summary()
    {
        var response = await Browser.For(app).SubmitAsync("/account/sign-in", "/account/sign-in",
            new Dictionary<string, string> { ["Email"] = DemoData.EqualityLeadEmail, ["Password"] = "not-the-password-at-all" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("nhsuk-error-summary", html);
        Assert.Contains("""<a href="#Email">Your email address or password is incorrect</a>""", html);
        Assert.Contains("nhsuk-form-group--error", html);
    }

    [Theory]
    [InlineData("", "x", "Enter your email address")]
    [InlineData("not-an-email", "x", "Enter an email address in the correct format")]
    [InlineData("someone@example.com", "", "Enter your password")]
    public async Task Bad_sign_in_input_is_answered_with_422_and_a_clear_message(string email, string password, string message)
    {
        var response = await Browser.For(app).SubmitAsync("/account/sign-in", "/account/sign-in",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task An_unknown_address_fails_like_a_wrong_password_and_is_audited_without_an_organisation()
    {
        var response = await Browser.For(app).SubmitAsync("/account/sign-in", "/account/sign-in",
            new Dictionary<string, string> { ["Email"] = "nobody@nowhere.example", ["Password"] = "whatever-password" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Your email address or password is incorrect", await response.Content.ReadAsStringAsync(Ct));
        var unattributed = await app.QueryAsync(db =>
            db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.OrganisationId == null && a.ActorName == "nobody@nowhere.example"));
        Assert.Equal(1, unattributed);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var browser = Browser.For(app);
        await browser.SignInAsync(DemoData.BoardMembers[0].Email);
        var home = await browser.GetPageAsync("/");
        var signOut = await browser.Client.PostAsync("/account/sign-out",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Browser.Token(home) }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var after = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/sign-in", after.Headers.Location!.ToString());
    }
}
