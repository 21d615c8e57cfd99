using System.Net;
using System.Text.RegularExpressions;
using IncLead.Tests.Support;

namespace IncLead.Tests.SingleSignOn;

/// <summary>
/// A person's browser across two sites: the app (in memory) and a provider (real HTTP on loopback), following
/// redirects by hand so each step can be inspected, replayed or tampered with as an attacker would.
/// </summary>
public sealed partial class ProviderFlow(SingleSignOnApp app)
{
    public Browser App { get; } = Browser.For(app);
    private readonly HttpClient _provider = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The email step: the app's answer (a redirect to the provider, the password form or a refusal).</summary>
    public Task<HttpResponseMessage> ContinueAsync(string email) =>
        App.SubmitAsync("/account/sign-in", "/account/sign-in/continue", new Dictionary<string, string> { ["Email"] = email });

    /// <summary>
    /// Where the email step sends the person: a page that moves on to the provider at once (a redirect after a form is
    /// refused by the app's form-action policy), with the address in its refresh and in its button.
    /// </summary>
    public static async Task<Uri> ProviderAddressAsync(HttpResponseMessage start)
    {
        var page = await start.BodyAsync();
        Assert.True(start.StatusCode == HttpStatusCode.OK, $"The email step answered {(int)start.StatusCode}: {Excerpt(page)}");
        var button = Regex.Match(page, "id=\"to-provider\" href=\"([^\"]+)\"");
        Assert.True(button.Success, "No button to the provider: " + Excerpt(page));
        var address = WebUtility.HtmlDecode(button.Groups[1].Value);
        Assert.Contains($"content=\"0; url={button.Groups[1].Value}\"", page, StringComparison.Ordinal);
        return new Uri(address);
    }

    /// <summary>At the provider: opens its sign-in form and signs in; returns the provider's answer (a redirect back, or its error page).</summary>
    public async Task<HttpResponseMessage> SignInAtProviderAsync(Uri authorize, string email, string password)
    {
        var form = await _provider.GetStringAsync(authorize, Ct);
        var fields = HiddenField().Matches(form).Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        fields.Add(new("username", email));
        fields.Add(new("password", password));
        return await _provider.PostAsync(new Uri(authorize, "/connect/authorize"), new FormUrlEncodedContent(fields), Ct);
    }

    /// <summary>Back at the app with what the provider sent; follows the app's redirects and returns the last answer.</summary>
    public async Task<HttpResponseMessage> ReturnToAppAsync(Uri callback)
    {
        var response = await App.GetAsync(callback.PathAndQuery);
        for (var i = 0; i < 3 && response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.StartsWith("/account/sign-in/organisation-", StringComparison.Ordinal); i++)
            response = await App.GetAsync(response.Headers.Location.OriginalString);
        return response;
    }

    /// <summary>The whole journey: email step, provider sign-in, return. Returns the callback address used and the app's last answer.</summary>
    public async Task<(Uri Callback, HttpResponseMessage Response)> SignInAsync(string email, string password, string? providerEmail = null)
    {
        var start = await ContinueAsync(email);
        var back = await SignInAtProviderAsync(await ProviderAddressAsync(start), providerEmail ?? email, password);
        Assert.True(back.StatusCode == HttpStatusCode.Redirect, $"The provider answered {(int)back.StatusCode}: {Excerpt(await back.BodyAsync())}");
        return (back.Headers.Location!, await ReturnToAppAsync(back.Headers.Location!));
    }

    public static string Excerpt(string html) => html.Length > 3000 ? html[..3000] : html;

    public async Task<bool> IsSignedInAsync()
    {
        var home = await App.GetAsync("/account");
        return home.StatusCode == HttpStatusCode.OK;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
