using System.Net;
using System.Text.RegularExpressions;

namespace IncLead.Tests.Support;

/// <summary>For concurrency tests: post a form from a page fetched earlier, as a second tab left open would.</summary>
public static partial class Forms
{
    public static async Task<HttpResponseMessage> PostFromAsync(this Browser browser, string page, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var all = new List<KeyValuePair<string, string>>(fields) { new("__RequestVerificationToken", Browser.Token(page)) };
        return await browser.Client.PostAsync(postUrl, new FormUrlEncodedContent(all), TestContext.Current.CancellationToken);
    }

    /// <summary>The value of a hidden input in a page, such as the version a form was loaded with.</summary>
    public static string Hidden(string page, string name) =>
        Regex.Match(page, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"") is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException($"No hidden field {name}");

    public static async Task<string> BodyAsync(this HttpResponseMessage response) =>
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    /// <summary>How many times a message appears: beside the field and in the error summary makes two.</summary>
    public static int Occurrences(string page, string text) => Regex.Matches(WebUtility.HtmlDecode(page), Regex.Escape(text)).Count;
}
