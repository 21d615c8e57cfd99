using System.Net;
using System.Text.RegularExpressions;
using IncLead.Tests.Support;
using IncLead.Web.Identity;

namespace IncLead.Tests.PlatformAdmin;

/// <summary>Issue 15, item 7: platform admins start from a one-time link, never a published password, and must enrol.</summary>
public sealed partial class PlatformAdminTwoFactorTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_first_platform_admin_chooses_a_password_from_a_one_time_link_and_must_set_up_two_factor()
    {
        const string email = "operator@nhs-service.example";
        var output = new StringWriter();
        Assert.Equal(0, await PlatformAdminCommand.RunAsync(app.Services, output, email, "Olu Operator"));
        var link = LinkPattern().Match(output.ToString()).Groups[1].Value;
        Assert.StartsWith("/account/reset-password?", link);

        var browser = Browser.For(app);
        var fields = new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = "Harbour-ember-quartz-31", ["ConfirmPassword"] = "Harbour-ember-quartz-31",
        };
        var page = await browser.GetPageAsync(link);
        fields["Token"] = Forms.Hidden(page, "Token");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostFromAsync(page, "/account/reset-password", fields)).StatusCode);

        // The link works once.
        var again = await browser.PostFromAsync(page, "/account/reset-password", fields);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("This link does not work", await again.BodyAsync());

        await browser.SignInAsync(email, "Harbour-ember-quartz-31");
        var organisations = await browser.GetAsync("/platform/organisations");
        Assert.Equal(HttpStatusCode.Redirect, organisations.StatusCode);
        Assert.Equal("/account/two-factor-setup", organisations.Headers.Location!.OriginalString);
    }

    [GeneratedRegex(@"http://localhost(/\S+)")]
    private static partial Regex LinkPattern();
}
