using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace IncLead.Tests.Support;

/// <summary>An HTTP client that behaves like a person's browser: keeps cookies, reads forms, posts them with their token.</summary>
public sealed partial class Browser(HttpClient client, CookieContainer cookies)
{
    public HttpClient Client { get; } = client;
    public CookieContainer Cookies { get; } = cookies;

    /// <summary>A new browser on the app; pass another browser's cookies to carry its session to another instance.</summary>
    public static Browser For(AppFactory app, CookieContainer? cookies = null)
    {
        var jar = cookies ?? new CookieContainer();
        return new(app.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(jar)), jar);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task<HttpResponseMessage> GetAsync(string url) => await Client.GetAsync(url, Ct);

    public async Task<string> GetPageAsync(string url)
    {
        var response = await Client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 3000)]}");
        return body;
    }

    /// <summary>GETs the page holding the form, then posts the fields with that page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string formPageUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await GetPageAsync(formPageUrl);
        var all = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", Token(page)) };
        return await Client.PostAsync(postUrl, new FormUrlEncodedContent(all), Ct);
    }

    /// <summary>Posts as the autosave script does: the token in a header, the answer as form fields, JSON back.</summary>
    public async Task<HttpResponseMessage> AutosaveAsync(string stagePageUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await GetPageAsync(stagePageUrl);
        using var request = new HttpRequestMessage(HttpMethod.Post, postUrl) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("RequestVerificationToken", Token(page));
        request.Headers.Add("Accept", "application/json");
        return await Client.SendAsync(request, Ct);
    }

    public async Task SignOutAsync()
    {
        var response = await SubmitAsync("/", "/account/sign-out", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public async Task<HttpResponseMessage> PostWithoutTokenAsync(string postUrl, IDictionary<string, string> fields) =>
        await Client.PostAsync(postUrl, new FormUrlEncodedContent(fields), Ct);

    /// <summary>A new browser already signed in, as most tests start.</summary>
    public static async Task<Browser> SignedInAsync(AppFactory app, string email, string password = IncLead.Web.Data.Seed.DemoData.Password)
    {
        var browser = For(app);
        await browser.SignInAsync(email, password);
        return browser;
    }

    public async Task SignInAsync(string email, string password = IncLead.Web.Data.Seed.DemoData.Password)
    {
        var response = await SubmitAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in as {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    /// <summary>Every factor page of a stage (<c>/respond/{cycle}/stages/{n}</c>), in order, as a person reads them.</summary>
    public async Task<IReadOnlyList<string>> FactorPagesAsync(string stageUrl)
    {
        var pages = new List<string>();
        for (var factor = 1; ; factor++)
        {
            var response = await Client.GetAsync($"{stageUrl}/factors/{factor}", Ct);
            if (response.StatusCode == HttpStatusCode.NotFound && factor > 1) return pages;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages.Add(await response.Content.ReadAsStringAsync(Ct));
        }
    }

    /// <summary>
    /// Answers a stage page by page through the forms, as a person without JavaScript does: each statement on a page gets
    /// <paramref name="rating"/> of its id ("" leaves it unanswered), and the last page also sends <paramref name="onLastPage"/>.
    /// Returns the last page's answer; each page before it must lead to the next.
    /// </summary>
    public async Task<HttpResponseMessage> AnswerStageAsync(string stageUrl, Func<int, string> rating, IEnumerable<KeyValuePair<string, string>> onLastPage)
    {
        var pages = await FactorPagesAsync(stageUrl);
        HttpResponseMessage? response = null;
        for (var factor = 1; factor <= pages.Count; factor++)
        {
            var url = $"{stageUrl}/factors/{factor}";
            var fields = StatementPattern().Matches(pages[factor - 1]).SelectMany(m => new KeyValuePair<string, string>[]
                { new($"Answers[{m.Groups[1].Value}].StatementId", m.Groups[2].Value), new($"Answers[{m.Groups[1].Value}].Rating", rating(int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))) }).ToList();
            if (factor == pages.Count) fields.AddRange(onLastPage);
            response = await SubmitAsync(url, url, fields);
            if (factor < pages.Count) Assert.Equal($"{stageUrl}/factors/{factor + 1}", response.Headers.Location?.OriginalString);
        }
        return response!;
    }

    [GeneratedRegex("name=\"Answers\\[(\\d+)\\]\\.StatementId\" value=\"(\\d+)\"")]
    private static partial Regex StatementPattern();

    public static string Token(string html) => WebUtility.HtmlDecode(
        TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token in the page"));

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
