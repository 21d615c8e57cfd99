using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Infrastructure.Auditing;

namespace IncLead.Tests.Account;

/// <summary>Issue 15, item 2: a copied cookie stops working when its owner signs out, as on a shared board-room laptop.</summary>
public sealed class SignOutTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_cookie_copied_before_sign_out_is_refused_afterwards_while_another_device_stays_signed_in()
    {
        var email = DemoData.BoardMembers[5].Email;
        var laptop = await Browser.SignedInAsync(app, email);
        var phone = await Browser.SignedInAsync(app, email);
        var copied = Browser.For(app, Cookies.Copy(laptop.Cookies));
        Assert.Equal(HttpStatusCode.OK, (await copied.GetAsync("/")).StatusCode);

        await laptop.SignOutAsync();

        await AssertSignedOutAsync(copied);
        // Also once the session would be revalidated, and on a page that is not the home page.
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        await AssertSignedOutAsync(copied, "/actions");
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/")).StatusCode);
        Assert.Contains(AuditActions.SignedOut, await app.AuditActionsAsync());
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_every_session_of_the_person_at_once()
    {
        var email = DemoData.BoardMembers[6].Email;
        var laptop = await Browser.SignedInAsync(app, email);
        var phone = await Browser.SignedInAsync(app, email);
        var copied = Browser.For(app, Cookies.Copy(laptop.Cookies));
        var someoneElse = await Browser.SignedInAsync(app, DemoData.BoardMembers[0].Email);

        var response = await laptop.SubmitAsync("/account", "/account/sign-out-everywhere", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await AssertSignedOutAsync(laptop);
        await AssertSignedOutAsync(phone);
        await AssertSignedOutAsync(copied);
        Assert.Equal(HttpStatusCode.OK, (await someoneElse.GetAsync("/")).StatusCode);
        Assert.Contains(AuditActions.SignedOutEverywhere, await app.AuditActionsAsync());

        // Signing in again afterwards works as usual.
        await phone.SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/")).StatusCode);
    }

    private static async Task AssertSignedOutAsync(Browser browser, string url = "/")
    {
        var response = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString);
    }
}

/// <summary>Behind a load balancer the next request may reach another instance, which learns of the sign-out from the database.</summary>
public sealed class SignOutAcrossInstancesTests : TwoInstances
{
    [Fact]
    public async Task Another_instance_refuses_the_copied_cookie_by_its_next_revalidation()
    {
        var email = DemoData.BoardMembers[5].Email;
        var laptop = await Browser.SignedInAsync(First, email);
        var copiedOnSecond = Browser.For(Second, Cookies.Copy(laptop.Cookies));
        Assert.Equal(HttpStatusCode.OK, (await copiedOnSecond.GetAsync("/")).StatusCode);

        await laptop.SignOutAsync();

        // Within a minute of the sign-out, at most; the fake clock stands in for the minute.
        Second.Clock.Advance(TimeSpan.FromMinutes(1.5));
        var response = await copiedOnSecond.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString);
    }
}
