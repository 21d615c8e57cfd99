using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Infrastructure.Auditing;

namespace IncLead.Tests.Account;

/// <summary>Issue 15, item 1: opening the set-up page changes nothing, so enrolling may take as long as it takes.</summary>
public sealed class EnrolmentTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Enrolment_completes_after_waiting_past_the_security_stamp_interval_and_other_sessions_survive_until_it_does()
    {
        var email = DemoData.BoardMembers[2].Email;
        var enrolling = await Browser.SignedInAsync(app, email);
        var otherDevice = await Browser.SignedInAsync(app, email);
        var stampBefore = await StampAsync(email);

        var setup = await enrolling.GetPageAsync("/account/two-factor-setup");
        Assert.Equal(stampBefore, await StampAsync(email));

        // Five minutes installing an app: well past the one-minute revalidation of every session.
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.OK, (await otherDevice.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await enrolling.GetAsync("/account")).StatusCode);

        var enabled = await enrolling.PostFromAsync(setup, "/account/two-factor-setup", new Dictionary<string, string>
        {
            ["PendingKey"] = Forms.Hidden(setup, "PendingKey"),
            ["Form.Code"] = Totp.Code(KeyIn(setup), DateTimeOffset.UtcNow),
        });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Contains("Save your recovery codes", await enabled.BodyAsync());
        Assert.Contains(AuditActions.TwoFactorEnabled, await app.AuditActionsAsync());

        // Turning two-factor on is what changes the stamp: this session carries on, the other one ends.
        Assert.NotEqual(stampBefore, await StampAsync(email));
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await enrolling.GetAsync("/account")).StatusCode);
        var other = await otherDevice.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.Contains("/account/sign-in", other.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_key_from_another_persons_set_up_page_is_refused_and_nothing_changes()
    {
        var victim = DemoData.BoardMembers[3].Email;
        var attacker = await Browser.SignedInAsync(app, DemoData.BoardMembers[4].Email);
        var attackersPage = await attacker.GetPageAsync("/account/two-factor-setup");

        var victimBrowser = await Browser.SignedInAsync(app, victim);
        var victimsPage = await victimBrowser.GetPageAsync("/account/two-factor-setup");
        var planted = await victimBrowser.PostFromAsync(victimsPage, "/account/two-factor-setup", new Dictionary<string, string>
        {
            ["PendingKey"] = Forms.Hidden(attackersPage, "PendingKey"),
            ["Form.Code"] = Totp.Code(KeyIn(attackersPage), DateTimeOffset.UtcNow),
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, planted.StatusCode);
        Assert.Contains("This page was open too long", await planted.BodyAsync());
        Assert.False(await app.WithUsersAsync(async users => (await users.FindByEmailAsync(victim))!.TwoFactorEnabled));
        Assert.Null(await app.WithUsersAsync(async users => await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(victim))!)));
    }

    private Task<string?> StampAsync(string email) =>
        app.WithUsersAsync(async users => (await users.FindByEmailAsync(email))!.SecurityStamp);

    private static string KeyIn(string page) => Totp.KeyIn(page);
}
