using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace IncLead.Tests.Security;

/// <summary>Production behind a TLS-terminating proxy at 10.0.0.1, as docs/operations.md describes.</summary>
public sealed class BehindProxyApp : AppFactory
{
    public const string Proxy = "10.0.0.1";
    public const string PublicHost = "inclead.example.nhs.uk";

    protected override string Environment => "Production";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:CookieSecurePolicy"] = "Always",
        ["Demo:ForceOutsideDevelopment"] = "true",
        ["ForwardedHeaders:KnownProxies"] = Proxy,
        ["ForwardedHeaders:AllowedHosts"] = PublicHost,
        ["Email:PublicBaseUrl"] = "https://" + PublicHost,
    };
}

/// <summary>Issue 15, item 6: forwarded headers are believed from the configured proxy only.</summary>
public sealed class ProxyTests(BehindProxyApp app) : IClassFixture<BehindProxyApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Through_the_proxy_HSTS_is_sent_and_links_use_the_public_scheme_and_host()
    {
        var response = await ForwardedAsync(from: BehindProxyApp.Proxy, "/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"https://{BehindProxyApp.PublicHost}/account/sign-in", response.Headers.Location!.OriginalString);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task The_same_headers_from_an_address_that_is_not_the_proxy_are_ignored()
    {
        var response = await ForwardedAsync(from: "192.0.2.66", "/");
        // Treated as the plain-HTTP request it is: no HSTS, no public host, and the page that says HTTPS is needed.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain(BehindProxyApp.PublicHost, await response.BodyAsync());
    }

    [Fact]
    public async Task Sign_in_limits_count_the_real_client_behind_the_proxy_and_not_a_forged_one()
    {
        var account = DemoData.BoardMembers[4].Email;
        // Six people behind the proxy each mistype once: none is held back by the others.
        for (var i = 0; i < 6; i++)
        {
            var person = HttpsBrowser(BehindProxyApp.Proxy, forwardedFor: $"203.0.113.{i + 1}");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SignInAsync(person, account, "mistyped-" + i)).StatusCode);
        }

        // A stranger connecting directly cannot pose as six people: every try counts against their own address.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var stranger = HttpsBrowser("192.0.2.66", forwardedFor: $"198.51.100.{i + 1}");
            statuses.Add((await SignInAsync(stranger, account, "guess-" + i)).StatusCode);
        }
        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Email_links_use_the_configured_public_address_whatever_host_the_request_named()
    {
        var browser = HttpsBrowser(BehindProxyApp.Proxy, forwardedFor: "203.0.113.50");
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-Host", "phishing.example");
        var response = await SignInAsync(browser, DemoData.BoardMembers[3].Email, "", "/account/forgot-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await app.DeliverMailAsync();
        var mail = Mail.To(app.MailFolder, DemoData.BoardMembers[3].Email);
        Assert.Contains($"https://{BehindProxyApp.PublicHost}/account/reset-password?", mail.TextBody);
        Assert.DoesNotContain("phishing.example", mail.TextBody);
    }

    [Theory]
    [InlineData("http://localhost:5000", "http://localhost:5000")]
    [InlineData("http://+:8080;https://+:8443", "http://localhost:8080")]
    [InlineData("https://0.0.0.0:7001/", "https://localhost:7001")]
    [InlineData(null, null)]
    public void In_development_email_links_follow_the_address_the_app_listens_on(string? urls, string? expected) =>
        Assert.Equal(expected, EmailSetup.ListeningAddress(urls));

    private async Task<HttpResponseMessage> ForwardedAsync(string from, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ClientAddress.Header, from);
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", BehindProxyApp.PublicHost);
        return await app.CreateDefaultClient(new Uri("http://localhost")).SendAsync(request, Ct);
    }

    // Secure cookies are only sent back over https, so these browsers speak https to the test server.
    private Browser HttpsBrowser(string connectionFrom, string forwardedFor)
    {
        var jar = new CookieContainer();
        var browser = new Browser(app.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(jar)), jar);
        browser.Client.DefaultRequestHeaders.Add(ClientAddress.Header, connectionFrom);
        browser.Client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return browser;
    }

    private static Task<HttpResponseMessage> SignInAsync(Browser browser, string email, string password, string form = "/account/sign-in") =>
        browser.SubmitAsync(form, form, form == "/account/sign-in"
            ? new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }
            : new Dictionary<string, string> { ["Email"] = email });
}
