using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure.Auditing;

namespace IncLead.Tests.Account;

public sealed class TwoFactorTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Enrolling_then_signing_in_asks_for_and_accepts_an_authenticator_code()
    {
        var email = DemoData.BoardMembers[1].Email;
        var browser = Browser.For(app);
        await browser.SignInAsync(email);

        var setup = await browser.GetPageAsync("/account/two-factor-setup");
        Assert.Contains("<svg", setup); // the QR code
        var wrong = await browser.PostFromAsync(setup, "/account/two-factor-setup", new Dictionary<string, string> { ["PendingKey"] = Forms.Hidden(setup, "PendingKey"), ["Form.Code"] = "000000" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("The code is not correct", await wrong.Content.ReadAsStringAsync(Ct));

        var enabled = await browser.PostFromAsync(setup, "/account/two-factor-setup", new Dictionary<string, string>
        {
            ["PendingKey"] = Forms.Hidden(setup, "PendingKey"), ["Form.Code"] = Totp.Code(Totp.KeyIn(setup), DateTimeOffset.UtcNow),
        });
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Contains("Save your recovery codes", await enabled.Content.ReadAsStringAsync(Ct));
        Assert.Contains(AuditActions.TwoFactorEnabled, await app.AuditActionsAsync());

        var again = Browser.For(app);
        var password = await again.SubmitAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = DemoData.Password });
        Assert.Equal("/account/two-factor", password.Headers.Location!.OriginalString.Split('?')[0]);

        var badCode = await again.SubmitAsync("/account/two-factor", "/account/two-factor", new Dictionary<string, string> { ["Code"] = "12345" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badCode.StatusCode);
        Assert.Contains("The code must be 6 digits", await badCode.Content.ReadAsStringAsync(Ct));

        // The code used to enrol has been used; the next one (the app shows it within 30 seconds) signs in.
        var code = await CodeForAsync(email, DateTimeOffset.UtcNow.AddSeconds(30));
        var good = await again.SubmitAsync("/account/two-factor", "/account/two-factor", new Dictionary<string, string> { ["Code"] = code });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Contains("David Chen", await again.GetPageAsync("/"));

        // The same code replayed, by someone who saw it or captured the request, is refused like a wrong one.
        await again.SignOutAsync();
        await again.SubmitAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = DemoData.Password });
        var replayed = await again.SubmitAsync("/account/two-factor", "/account/two-factor", new Dictionary<string, string> { ["Code"] = code });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, replayed.StatusCode);
        Assert.Contains("The authenticator code is not correct", await replayed.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_trust_admin_of_an_organisation_that_requires_two_factor_must_enrol_before_anything_else()
    {
        var email = "second.admin@riverside.example";
        await app.WithUsersAsync(users =>
            users.CreateAsync(new AppUser { UserName = email, Email = email, FullName = "Second Admin", EmailConfirmed = true }, "Kettle-harbour-lantern-42"));
        await app.QueryAsync(async db =>
        {
            var org = db.Organisations.Single(o => o.OdsCode == DemoData.OdsCode);
            org.UpdateProfile(org.Name, org.Type, org.OdsCode, org.Region, org.HasCouncilOfGovernors, requireTwoFactorForAdmins: true);
            var userId = db.Users.Single(u => u.Email == email).Id;
            db.Memberships.Add(new Web.Domain.Membership(org.Id, userId, Web.Domain.OrganisationRoles.TrustAdmin, Web.Domain.BoardPosition.None, DateTime.UtcNow));
            return await db.SaveChangesAsync(Ct);
        });

        var browser = Browser.For(app);
        await browser.SignInAsync(email, "Kettle-harbour-lantern-42");
        var users = await browser.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, users.StatusCode);
        Assert.Equal("/account/two-factor-setup", users.Headers.Location!.OriginalString);
    }

    // Identity checks authenticator codes against the real clock, as the person's phone would.
    private Task<string> CodeForAsync(string email, DateTimeOffset? at = null) => app.WithUsersAsync(async users =>
        Totp.Code((await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(email))!))!, at ?? DateTimeOffset.UtcNow));
}
