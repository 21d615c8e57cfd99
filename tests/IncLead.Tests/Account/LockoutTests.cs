using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure.Auditing;

namespace IncLead.Tests.Account;

/// <summary>Issue 15, item 4: a stranger guessing passwords cannot keep a board member out.</summary>
public sealed class LockoutTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly Dictionary<string, string> NoFields = [];

    [Fact]
    public async Task A_stranger_at_one_address_is_stopped_before_the_owner_is_locked_out()
    {
        var owner = DemoData.BoardMembers[7].Email;
        var stranger = ClientAddress.BrowserFrom(app, "203.0.113.5");
        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++) answers.Add((await SignInAsync(stranger, owner, "guess-number-" + i)).StatusCode);

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.UnprocessableEntity, a));
        Assert.All(answers.Skip(3), a => Assert.Equal(HttpStatusCode.TooManyRequests, a));
        // Even the right password is not tried for a client that has been stopped.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInAsync(stranger, owner, DemoData.Password)).StatusCode);

        var ownersLaptop = ClientAddress.BrowserFrom(app, "198.51.100.20");
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(ownersLaptop, owner, DemoData.Password)).StatusCode);
    }

    [Fact]
    public async Task One_address_cannot_spray_guesses_across_many_accounts()
    {
        var stranger = ClientAddress.BrowserFrom(app, "203.0.113.77");
        var accounts = Enumerable.Range(0, 40).Select(i => $"someone{i}@riverside.example").ToList();
        var statuses = new List<HttpStatusCode>();
        foreach (var account in accounts) statuses.Add((await SignInAsync(stranger, account, "Spring2026!")).StatusCode);

        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.UnprocessableEntity));
        Assert.All(statuses.Skip(30), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));

        // After the window the address may try again.
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SignInAsync(stranger, "someone0@riverside.example", "Spring2026!")).StatusCode);
    }

    [Fact]
    public async Task When_many_addresses_lock_an_account_the_owner_is_emailed_a_link_that_lets_them_straight_back_in()
    {
        const string owner = "lockout.owner@riverside.example";
        await app.WithUsersAsync(users => users.CreateAsync(new AppUser { UserName = owner, Email = owner, FullName = "Lockout Owner", EmailConfirmed = true, IsPlatformAdmin = true, IsDemoAccount = true }, DemoData.Password));

        // Ten wrong passwords from four addresses lock the account.
        for (var i = 0; i < 10; i++)
        {
            var from = ClientAddress.BrowserFrom(app, $"203.0.113.{100 + i / 3}");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SignInAsync(from, owner, "wrong-" + i)).StatusCode);
        }
        var ownersLaptop = ClientAddress.BrowserFrom(app, "198.51.100.30");
        var refused = await SignInAsync(ownersLaptop, owner, DemoData.Password);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Your email address or password is incorrect", await refused.BodyAsync());
        Assert.Contains(AuditActions.SignInLockedOut, await app.AuditActionsAsync());

        await app.DeliverMailAsync();
        var email = Mail.To(app.MailFolder, owner);
        Assert.Equal("Your IncLead account has been locked", email.Subject);
        var link = Mail.LinkIn(email);

        // Opening the link (as a mail scanner might) changes nothing; the button does.
        var page = await ownersLaptop.GetPageAsync(link);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SignInAsync(ownersLaptop, owner, DemoData.Password)).StatusCode);
        var unlocked = await ownersLaptop.PostFromAsync(page, "/account/unlock", new Dictionary<string, string>
        {
            ["Email"] = Forms.Hidden(page, "Email"),
            ["Token"] = Forms.Hidden(page, "Token"),
        });
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(ownersLaptop, owner, DemoData.Password)).StatusCode);
        Assert.Contains(AuditActions.AccountUnlocked, await app.AuditActionsAsync());

        // The link works once: used again it gets the same clear page and an audit entry, and changes nothing.
        var again = ClientAddress.BrowserFrom(app, "198.51.100.31");
        var againPage = await again.GetPageAsync(link);
        var reused = await again.PostFromAsync(againPage, "/account/unlock", new Dictionary<string, string>
        {
            ["Email"] = Forms.Hidden(againPage, "Email"),
            ["Token"] = Forms.Hidden(againPage, "Token"),
        });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("This link does not work", await reused.BodyAsync());
        Assert.Contains(AuditActions.UnlockRefused, await app.AuditActionsAsync());
    }

    private static async Task<HttpResponseMessage> SignInAsync(Browser browser, string email, string password) =>
        await browser.SubmitAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
}
