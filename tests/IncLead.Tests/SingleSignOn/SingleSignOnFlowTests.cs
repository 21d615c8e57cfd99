using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using IncLead.Tests.Support;
using IncLead.Web.Domain;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.SingleSignOn;

/// <summary>Single sign-on against a real OpenID Connect server: the journey, who may come in, and each attack on the return leg.</summary>
public sealed class SingleSignOnFlowTests(SingleSignOnApp app) : IClassFixture<SingleSignOnApp>
{
    private const string Password = "Provider-pass-2026";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> RefusalsAsync(string action) =>
        await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(e => e.OrganisationId == app.RiversideId && e.Action == action));

    [Fact]
    public async Task An_invited_member_signs_in_through_the_provider_without_a_password_and_it_is_audited()
    {
        app.Provider.Users.Add("chair@riverside.example", Password, "Margaret O (directory)");
        var flow = new ProviderFlow(app);

        var (_, response) = await flow.SignInAsync("chair@riverside.example", Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var home = await flow.App.GetPageAsync("/");
        Assert.Contains("Margaret Okafor", home); // the name is IncLead's, not the directory's
        Assert.Contains(AuditActions.SingleSignOnSucceeded, await app.AuditActionsAsync(app.RiversideId));
    }

    [Fact]
    public async Task The_email_step_sends_a_domain_with_single_sign_on_to_its_provider_with_PKCE_state_and_nonce()
    {
        var response = await new ProviderFlow(app).ContinueAsync("anyone.at.all@riverside.example");

        var location = await ProviderFlow.ProviderAddressAsync(response);
        Assert.StartsWith(app.Provider.Authority + "connect/authorize", location.AbsoluteUri, StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        Assert.Equal("anyone.at.all@riverside.example", query["login_hint"]);
    }

    [Fact]
    public async Task The_email_step_tells_nothing_about_whether_an_account_exists()
    {
        var flow = new ProviderFlow(app);
        var existing = await (await flow.ContinueAsync("platform.admin@inclead.example")).BodyAsync();
        var unknown = await (await flow.ContinueAsync("nobody.here@inclead.example")).BodyAsync();

        static string WithoutTokenAndEmail(string html) => System.Text.RegularExpressions.Regex.Replace(html, "value=\"[^\"]*\"", "value=\"\"");
        Assert.Equal(WithoutTokenAndEmail(existing), WithoutTokenAndEmail(unknown));
        Assert.Contains("Password", existing);
    }

    [Fact]
    public async Task A_person_with_no_invitation_is_refused_with_a_page_that_says_whom_to_ask_and_no_session()
    {
        app.Provider.Users.Add("stranger@riverside.example", Password, "Stranger");
        var before = await RefusalsAsync(AuditActions.SingleSignOnRefused);
        var flow = new ProviderFlow(app);

        var (_, response) = await flow.SignInAsync("stranger@riverside.example", Password);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.BodyAsync());
        Assert.Contains("You have not been invited to IncLead", page);
        Assert.Contains("Sam Patel", page);
        Assert.False(await flow.IsSignedInAsync());
        Assert.Equal(before + 1, await RefusalsAsync(AuditActions.SingleSignOnRefused));
        Assert.False(await app.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "stranger@riverside.example")));
    }

    [Fact]
    public async Task A_pending_invitation_is_accepted_through_the_provider_with_the_invited_roles()
    {
        await app.QueryAsync(async db =>
        {
            var admin = await db.Users.Where(u => u.Email == Web.Data.Seed.DemoData.TrustAdminEmail).Select(u => u.Id).SingleAsync();
            db.Invitations.Add(new Invitation(app.RiversideId, "new.director@riverside.example", "Nia Roberts", OrganisationRoles.BoardMember,
                BoardPosition.ExecutiveDirector, Convert.ToHexString(RandomNumberGenerator.GetBytes(32)), admin, app.Clock.GetUtcNow().UtcDateTime));
            return await db.SaveChangesAsync();
        });
        app.Provider.Users.Add("new.director@riverside.example", Password, "Nia R");
        var flow = new ProviderFlow(app);

        var (_, response) = await flow.SignInAsync("new.director@riverside.example", Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Nia Roberts", await flow.App.GetPageAsync("/"));
        var roles = await app.QueryAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.OrganisationId == app.RiversideId)
            .Join(db.Users.Where(u => u.Email == "new.director@riverside.example"), m => m.UserId, u => u.Id, (m, _) => m.Roles).SingleAsync());
        Assert.Equal(OrganisationRoles.BoardMember, roles);
    }

    [Fact]
    public async Task An_email_the_provider_has_not_verified_is_refused()
    {
        app.Provider.Users.Add("ned.audit@riverside.example", Password, "Robert W").EmailVerified = false;
        var flow = new ProviderFlow(app);

        var (_, response) = await flow.SignInAsync("ned.audit@riverside.example", Password);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Your email address is not verified", await response.BodyAsync());
        Assert.False(await flow.IsSignedInAsync());
    }

    [Fact]
    public async Task An_email_of_another_organisations_domain_from_our_provider_is_refused()
    {
        // The trust's directory holds someone whose address is Hilltop's: Riverside's provider cannot vouch for them.
        var hilltop = await OtherOrganisation.CreateAsync(app, "ZHA");
        app.Provider.Users.Add(hilltop.MemberEmail, Password, "Hilltop person");
        var flow = new ProviderFlow(app);

        var start = await flow.ContinueAsync("someone@riverside.example");
        var back = await flow.SignInAtProviderAsync(await ProviderFlow.ProviderAddressAsync(start), hilltop.MemberEmail, Password);
        var response = await flow.ReturnToAppAsync(back.Headers.Location!);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("This account is not for this organisation", await response.BodyAsync());
        Assert.False(await flow.IsSignedInAsync());
    }

    [Fact]
    public async Task A_provider_configured_for_one_organisation_never_signs_anyone_into_another()
    {
        // Hilltop uses the same provider (its own client) for its own domain; a Riverside member goes through Hilltop's door.
        var hilltop = await OtherOrganisation.CreateAsync(app, "ZHB");
        await app.Provider.AddClientAsync("hilltop", SingleSignOnApp.ClientSecret, SingleSignOnApp.CallbackFor(hilltop.Id));
        await app.ConnectAsync(hilltop.Id, app.Provider.Authority, "hilltop", ["zhb.example"]);
        app.Provider.Users.Add("medical.director@riverside.example", Password, "James O");
        var flow = new ProviderFlow(app);

        var start = await flow.ContinueAsync(hilltop.MemberEmail);
        var back = await flow.SignInAtProviderAsync(await ProviderFlow.ProviderAddressAsync(start), "medical.director@riverside.example", Password);
        Assert.Contains($"/signin-oidc/{hilltop.Id}?", back.Headers.Location!.AbsoluteUri);
        var response = await flow.ReturnToAppAsync(back.Headers.Location!);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await flow.IsSignedInAsync());

        // And a Riverside sign-in's state delivered to Hilltop's callback is not accepted there.
        var riverside = new ProviderFlow(app);
        var riversideStart = await riverside.ContinueAsync("medical.director@riverside.example");
        var riversideBack = await riverside.SignInAtProviderAsync(await ProviderFlow.ProviderAddressAsync(riversideStart), "medical.director@riverside.example", Password);
        var moved = new Uri(riversideBack.Headers.Location!.AbsoluteUri.Replace($"/signin-oidc/{app.RiversideId}?", $"/signin-oidc/{hilltop.Id}?", StringComparison.Ordinal));
        var atHilltop = await riverside.ReturnToAppAsync(moved);
        Assert.Equal(HttpStatusCode.Forbidden, atHilltop.StatusCode);
        Assert.Contains("We could not sign you in through your organisation", await atHilltop.BodyAsync());
        Assert.False(await riverside.IsSignedInAsync());
    }

    [Fact]
    public async Task A_tampered_state_is_refused_audited_and_signs_nobody_in()
    {
        app.Provider.Users.Add("finance.director@riverside.example", Password, "Priya S");
        var before = await RefusalsAsync(AuditActions.SingleSignOnFailed);
        var flow = new ProviderFlow(app);
        var start = await flow.ContinueAsync("finance.director@riverside.example");
        var back = await flow.SignInAtProviderAsync(await ProviderFlow.ProviderAddressAsync(start), "finance.director@riverside.example", Password);

        var query = QueryHelpers.ParseQuery(back.Headers.Location!.Query);
        var state = query["state"].ToString();
        var tampered = state[..^4] + (state[^4] == 'A' ? "B" : "A") + state[^3..];
        var response = await flow.ReturnToAppAsync(new Uri($"{SingleSignOnApp.CallbackFor(app.RiversideId)}?code={query["code"]}&state={Uri.EscapeDataString(tampered)}"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await flow.IsSignedInAsync());
        Assert.Equal(before + 1, await RefusalsAsync(AuditActions.SingleSignOnFailed));
    }

    [Fact]
    public async Task A_replayed_code_is_refused_in_the_same_browser_and_in_an_attackers()
    {
        app.Provider.Users.Add("nursing.director@riverside.example", Password, "Grace M");
        var victim = new ProviderFlow(app);
        var (callback, first) = await victim.SignInAsync("nursing.director@riverside.example", Password);
        Assert.Equal("/", first.Headers.Location!.OriginalString);

        // The same return address again (from history or a log): the one-time correlation cookie is gone.
        var again = await new ProviderFlow(app).ReturnToAppAsync(callback);
        Assert.Equal(HttpStatusCode.Forbidden, again.StatusCode);

        // An attacker starts their own sign-in and swaps in the victim's code: the provider refuses it (used, and PKCE).
        var attacker = new ProviderFlow(app);
        var start = await attacker.ContinueAsync("nursing.director@riverside.example");
        var state = QueryHelpers.ParseQuery((await ProviderFlow.ProviderAddressAsync(start)).Query)["state"].ToString();
        var code = QueryHelpers.ParseQuery(callback.Query)["code"].ToString();
        var swapped = await attacker.ReturnToAppAsync(new Uri($"{SingleSignOnApp.CallbackFor(app.RiversideId)}?code={Uri.EscapeDataString(code)}&state={Uri.EscapeDataString(state)}"));
        Assert.Equal(HttpStatusCode.Forbidden, swapped.StatusCode);
        Assert.False(await attacker.IsSignedInAsync());
    }

    [Fact]
    public async Task An_id_token_from_another_server_pushed_into_the_return_address_is_refused()
    {
        // The attacker runs their own server (other keys) and mints an ID token for a member, with the nonce the app
        // asked for, then hands it to the app's callback with a genuine state.
        await app.OtherProvider.AddClientAsync("riverside", SingleSignOnApp.ClientSecret, SingleSignOnApp.CallbackFor(app.RiversideId));
        app.OtherProvider.Users.Add("chief.executive@riverside.example", Password, "David C");
        var flow = new ProviderFlow(app);
        var start = await flow.ContinueAsync("chief.executive@riverside.example");
        var asked = QueryHelpers.ParseQuery((await ProviderFlow.ProviderAddressAsync(start)).Query);
        var idToken = await MintAtAsync(app.OtherProvider.Authority, asked["nonce"]!, "chief.executive@riverside.example");

        var response = await flow.ReturnToAppAsync(new Uri(
            $"{SingleSignOnApp.CallbackFor(app.RiversideId)}?code=forged&state={Uri.EscapeDataString(asked["state"]!)}&id_token={Uri.EscapeDataString(idToken)}"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False(await flow.IsSignedInAsync());
    }

    [Fact]
    public async Task A_provider_that_is_down_or_slow_gets_a_clear_page_and_an_audit_entry()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start(); // accepts connections and never answers
        var slow = await OtherOrganisation.CreateAsync(app, "ZSL");
        await app.ConnectAsync(slow.Id, $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/", "slow", ["zsl.example"]);
        var down = await OtherOrganisation.CreateAsync(app, "ZDN");
        await app.ConnectAsync(down.Id, $"http://127.0.0.1:{ClosedPort()}/", "down", ["zdn.example"]);

        foreach (var (email, organisationId) in new[] { (slow.MemberEmail, slow.Id), (down.MemberEmail, down.Id) })
        {
            var response = await new ProviderFlow(app).ContinueAsync(email);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("Your organisation&#x27;s sign-in is not answering", await response.BodyAsync());
            Assert.Contains(AuditActions.SingleSignOnFailed, await app.AuditActionsAsync(organisationId));
        }
    }

    [Fact]
    public async Task A_leaver_disabled_in_the_directory_loses_their_session_at_the_next_check_and_it_is_audited()
    {
        var person = app.Provider.Users.Add("ned.quality@riverside.example", Password, "Aisha R");
        var flow = new ProviderFlow(app);
        await flow.SignInAsync("ned.quality@riverside.example", Password);
        Assert.True(await flow.IsSignedInAsync());

        person.Disabled = true;
        Assert.True(await flow.IsSignedInAsync()); // within the window nothing is asked
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.False(await flow.IsSignedInAsync());
        Assert.Contains(AuditActions.SingleSignOnSessionEnded, await app.AuditActionsAsync(app.RiversideId));
        // And the provider itself now refuses them.
        var again = await new ProviderFlow(app).ContinueAsync("ned.quality@riverside.example");
        var refused = await new ProviderFlow(app).SignInAtProviderAsync(await ProviderFlow.ProviderAddressAsync(again), "ned.quality@riverside.example", Password);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_token_signed_by_keys_other_than_the_issuers_published_ones_is_refused()
    {
        // A provider whose discovery document is the other server's, except that its published keys are the trust
        // provider's: every token it issues is signed by a key the document does not publish. The same set-up with the
        // other server's own keys signs in, so only the signature differs.
        var kestrel = await OtherOrganisation.CreateAsync(app, "ZKY");
        app.OtherProvider.Users.Add(kestrel.MemberEmail, Password, "Kestrel member");
        await app.OtherProvider.AddClientAsync("kestrel", SingleSignOnApp.ClientSecret, SingleSignOnApp.CallbackFor(kestrel.Id));
        await using var keysFromTrust = await KeySwappingProvider.StartAsync(app.OtherProvider.Authority, app.Provider.Authority);
        await using var ownKeys = await KeySwappingProvider.StartAsync(app.OtherProvider.Authority, app.OtherProvider.Authority);

        await app.ConnectAsync(kestrel.Id, ownKeys.Authority, "kestrel", ["zky.example"]);
        var (_, control) = await new ProviderFlow(app).SignInAsync(kestrel.MemberEmail, Password);
        Assert.Equal("/", control.Headers.Location!.OriginalString);

        await app.ConnectAsync(kestrel.Id, keysFromTrust.Authority, "kestrel", ["zky.example"]);
        var flow = new ProviderFlow(app);
        var (_, response) = await flow.SignInAsync(kestrel.MemberEmail, Password);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("We could not sign you in through your organisation", await response.BodyAsync());
        Assert.False(await flow.IsSignedInAsync());
        Assert.Contains(AuditActions.SingleSignOnFailed, await app.AuditActionsAsync(kestrel.Id));
    }

    private static int ClosedPort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Authorization code flow with PKCE at the given server, as its owner can do, returning the ID token.</summary>
    private async Task<string> MintAtAsync(string authority, string nonce, string email)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        var verifier = Base64UrlTextEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64UrlTextEncoder.Encode(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        var redirect = SingleSignOnApp.CallbackFor(app.RiversideId);
        var authorize = new Uri(QueryHelpers.AddQueryString(authority + "connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "riverside", ["redirect_uri"] = redirect, ["response_type"] = "code", ["scope"] = "openid email profile",
            ["nonce"] = nonce, ["state"] = "attacker", ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        }));
        var form = await client.GetStringAsync(authorize, Ct);
        var fields = System.Text.RegularExpressions.Regex.Matches(form, "<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")
            .Select(m => new KeyValuePair<string, string>(WebUtility.HtmlDecode(m.Groups[1].Value), WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
        fields.Add(new("username", email));
        fields.Add(new("password", Password));
        var back = await client.PostAsync(new Uri(authorize, "/connect/authorize"), new FormUrlEncodedContent(fields), Ct);
        var code = QueryHelpers.ParseQuery(back.Headers.Location!.Query)["code"].ToString();
        var token = await client.PostAsync(new Uri(authority + "connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = redirect, ["code_verifier"] = verifier,
            ["client_id"] = "riverside", ["client_secret"] = SingleSignOnApp.ClientSecret,
        }), Ct);
        using var json = System.Text.Json.JsonDocument.Parse(await token.BodyAsync());
        return json.RootElement.GetProperty("id_token").GetString()!;
    }
}
