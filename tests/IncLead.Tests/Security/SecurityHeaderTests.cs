using System.Net;
using IncLead.Tests.Support;

namespace IncLead.Tests.Security;

public sealed class SecurityHeaderTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Pages_carry_a_content_security_policy_without_inline_script_and_refuse_framing()
    {
        var response = await Browser.For(app).GetAsync("/account/sign-in");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Cookies_are_http_only_and_same_site()
    {
        var response = await Browser.For(app).GetAsync("/account/sign-in");
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c =>
        {
            Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite", c, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Health_endpoints_answer_without_signing_in()
    {
        var browser = Browser.For(app);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/health/live")).StatusCode);
        var ready = await browser.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_unknown_page_answers_404_with_a_friendly_page()
    {
        var browser = Browser.For(app);
        await browser.SignInAsync(Web.Data.Seed.DemoData.BoardMembers[2].Email);
        var response = await browser.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class RateLimitFactory : AppFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimits:AuthenticationPerMinute"] = "3" };
}

public sealed class RateLimitTests(RateLimitFactory app) : IClassFixture<RateLimitFactory>
{
    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_are_refused_with_429()
    {
        var browser = Browser.For(app);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var r = await browser.SubmitAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = "x@example.com", ["Password"] = "guess-number-" + i });
            statuses.Add(r.StatusCode);
        }
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.UnprocessableEntity));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
