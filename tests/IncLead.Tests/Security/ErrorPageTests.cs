using System.Net;
using System.Text;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;

namespace IncLead.Tests.Security;

/// <summary>Issue 15, item 5: a form that fails its checks gets the NHS error page with a way back, never an empty answer.</summary>
public sealed class ErrorPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_form_sent_without_its_token_gets_the_error_page_with_a_way_back()
    {
        var browser = await Browser.SignedInAsync(app, DemoData.EqualityLeadEmail);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/actions/settings")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["RequireCompletionEvidence"] = "true" }),
        };
        request.Headers.Referrer = new Uri("http://localhost/actions/settings");
        var response = await browser.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.BodyAsync();
        Assert.Contains("Sorry, this form could not be sent", page);
        Assert.Contains("nhsuk-header", page);
        // The way back is the page's next step, shown as a button link.
        Assert.Matches("""<a [^>]*href="/actions/settings"[^>]*>Go back to the form</a>""", page);
    }

    [Fact]
    public async Task A_sign_in_form_with_a_nul_character_and_no_token_gets_the_error_page()
    {
        var response = await Browser.For(app).PostWithoutTokenAsync("/account/sign-in",
            new Dictionary<string, string> { ["Email"] = "someone\0@riverside.example", ["Password"] = "pass\0word" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Sorry, this form could not be sent", await response.BodyAsync());
    }

    [Fact]
    public async Task A_form_body_that_cannot_be_read_gets_the_error_page()
    {
        var browser = await Browser.SignedInAsync(app, DemoData.EqualityLeadEmail);
        var page = await browser.GetPageAsync("/actions/settings");
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("--wrong\r\nnot a multipart body at all\0"));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=expected");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/actions/settings") { Content = content };
        request.Headers.Add("RequestVerificationToken", Browser.Token(page));
        var response = await browser.Client.SendAsync(request, Ct);

        var body = await response.BodyAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 3000)]}");
        Assert.Contains("Sorry, this form could not be sent", body);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task The_error_page_renders_for_any_method(string method)
    {
        var browser = await Browser.SignedInAsync(app, DemoData.BoardMembers[0].Email);
        var response = await browser.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/no-such-page"), Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.BodyAsync());
    }

    [Fact]
    public async Task An_unreadable_setting_is_refused_and_the_saved_one_kept()
    {
        var lead = await Browser.SignedInAsync(app, DemoData.EqualityLeadEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync("/actions/settings", "/actions/settings", new Dictionary<string, string> { ["RequireCompletionEvidence"] = "true" })).StatusCode);

        var response = await lead.SubmitAsync("/actions/settings", "/actions/settings", new Dictionary<string, string> { ["RequireCompletionEvidence"] = "perhaps" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(2, Forms.Occurrences(await response.BodyAsync(), "Tick the box to require evidence, or leave it clear"));
        Assert.True(await app.QueryAsync(db => Task.FromResult(db.Organisations.Single(o => o.OdsCode == DemoData.OdsCode).RequireCompletionEvidence)));
    }
}
