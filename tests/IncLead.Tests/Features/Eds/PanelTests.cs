using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Features.Invitations;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Eds;

public sealed class PanelTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Invites through the lead's form and returns the path of the emailed link.</summary>
    private async Task<string> InviteAsync(Browser lead, int cycleId, string name, string email, params string[] codes)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Form.Name", name), new("Form.Email", email) };
        foreach (var code in codes) fields.Add(new("Form.OutcomeIds", EdsDemo.Id(await app.OutcomeIdAsync(cycleId, code))));
        var sent = await lead.SubmitAsync($"/cycles/{cycleId}/eds/panel/invite", $"/cycles/{cycleId}/eds/panel/invite", fields);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await app.DeliverMailAsync();
        return Mail.LinkIn(Mail.To(app.MailFolder, email));
    }

    private async Task<int> AddEvidenceAsync(Browser lead, int cycleId, string code, string title, bool isPublic = false)
    {
        var url = $"/cycles/{cycleId}/eds/outcomes/{await app.OutcomeIdAsync(cycleId, code)}/evidence/new";
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostEvidenceAsync(url, url, EdsDemo.EvidenceFields(title, isPublic), $"{code}.pdf", TestFiles.Pdf)).StatusCode);
        return await app.QueryAsync(db => db.EvidenceItems.IgnoreQueryFilters().Where(i => i.Title == title).Select(i => i.Id).SingleAsync(Ct));
    }

    private static List<KeyValuePair<string, string>> Score(string score, string comment = "") => [new("Form.Score", score), new("Form.Comment", comment)];

    [Fact]
    public async Task A_panellist_grades_from_the_emailed_link_without_an_account_and_the_lead_sees_it()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, "Panel grades");
        await AddEvidenceAsync(lead, cycleId, "2A", "Wellbeing offer take-up");
        var link = await InviteAsync(lead, cycleId, "Sam Jones, Riverside Healthwatch", "sam.jones@healthwatch.example", "2A", "3A");
        var message = Mail.To(app.MailFolder, "sam.jones@healthwatch.example");
        Assert.Contains("You do not need an account", message.TextBody);
        Assert.StartsWith("/panel/", link, StringComparison.Ordinal);

        var panellist = Browser.For(app);
        var home = await panellist.GetPageAsync(link);
        Assert.Contains("Hello Sam Jones, Riverside Healthwatch", home);
        var outcome2A = await app.OutcomeIdAsync(cycleId, "2A");
        var outcomePage = $"{link}/outcomes/{outcome2A}";
        Assert.Contains("Wellbeing offer take-up", await panellist.GetPageAsync(outcomePage));

        var sent = await panellist.SubmitAsync(outcomePage, outcomePage, Score("1", "The offer is not reaching night staff."));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Score given: Developing activity (1)", await panellist.GetPageAsync(link));

        var stored = await app.QueryAsync(db => db.ProvisionalScores.IgnoreQueryFilters().SingleAsync(s => s.OutcomeId == outcome2A && db.Panellists.IgnoreQueryFilters().Any(p => p.Id == s.PanellistId && p.Email == "sam.jones@healthwatch.example"), Ct));
        Assert.Equal(1, stored.Score);
        var audit = await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.Action == "eds.provisional-score-submitted").OrderBy(a => a.Id).LastAsync(Ct));
        Assert.StartsWith("Sam Jones", audit.ActorName, StringComparison.Ordinal);
        Assert.Contains("night staff", audit.Summary, StringComparison.Ordinal);

        var leadView = await lead.GetPageAsync($"/cycles/{cycleId}/eds/outcomes/{outcome2A}");
        Assert.Contains("Provisional scores in", leadView);
        Assert.Contains("The offer is not reaching night staff.", leadView);
    }

    [Fact]
    public async Task One_panellist_cannot_see_or_score_another_panellists_outcomes_or_their_evidence()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, "Panel isolation");
        var evidence1A = await AddEvidenceAsync(lead, cycleId, "1A", "Evidence for 1A only");
        var evidence2B = await AddEvidenceAsync(lead, cycleId, "2B", "Evidence for 2B only");
        var linkA = await InviteAsync(lead, cycleId, "Alex Panellist", "alex@community.example", "1A");
        var linkB = await InviteAsync(lead, cycleId, "Bea Panellist", "bea@union.example", "1A", "2B");
        var outcome1A = await app.OutcomeIdAsync(cycleId, "1A");
        var outcome2B = await app.OutcomeIdAsync(cycleId, "2B");

        var b = Browser.For(app);
        Assert.Equal(HttpStatusCode.Redirect, (await b.SubmitAsync($"{linkB}/outcomes/{outcome1A}", $"{linkB}/outcomes/{outcome1A}", Score("0", "Bea's private view of 1A"))).StatusCode);

        var a = Browser.For(app);
        var home = await a.GetPageAsync(linkA);
        Assert.Contains($"/outcomes/{outcome1A}", home);
        Assert.DoesNotContain($"/outcomes/{outcome2B}", home);
        var page1A = await a.GetPageAsync($"{linkA}/outcomes/{outcome1A}");
        Assert.Contains("Evidence for 1A only", page1A);
        Assert.DoesNotContain("Bea", page1A);
        Assert.DoesNotContain("Evidence for 2B only", page1A);

        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"{linkA}/outcomes/{outcome2B}")).StatusCode);
        var token = Browser.Token(page1A);
        var post = await a.Client.PostAsync($"{linkA}/outcomes/{outcome2B}", new FormUrlEncodedContent([.. Score("3"), new("__RequestVerificationToken", token)]), Ct);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Contains("Your link does not cover this", await post.BodyAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"{linkA}/evidence/{evidence2B}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"{linkA}/evidence/{evidence1A}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync($"{linkB}/evidence/{evidence2B}")).StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.ProvisionalScores.IgnoreQueryFilters().CountAsync(s => s.OutcomeId == outcome2B, Ct)));
    }

    [Fact]
    public async Task An_expired_link_answers_410_and_accepts_no_score()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, "Panel expiry");
        var link = await InviteAsync(lead, cycleId, "Eve Expiring", "eve@community.example", "1B");
        var outcome = $"{link}/outcomes/{await app.OutcomeIdAsync(cycleId, "1B")}";
        var panellist = Browser.For(app);
        var token = Browser.Token(await panellist.GetPageAsync(outcome));

        app.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        var page = await panellist.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("This link has expired", await page.BodyAsync());
        var post = await panellist.Client.PostAsync(outcome, new FormUrlEncodedContent([.. Score("2"), new("__RequestVerificationToken", token)]), Ct);
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.ProvisionalScores.IgnoreQueryFilters().CountAsync(s => db.Panellists.IgnoreQueryFilters().Any(p => p.Id == s.PanellistId && p.Email == "eve@community.example"), Ct)));
    }

    [Fact]
    public async Task A_revoked_link_answers_410_and_a_tampered_one_404()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, "Panel revoked");
        var link = await InviteAsync(lead, cycleId, "Rory Revoked", "rory@community.example", "1C");
        var panellist = Browser.For(app);
        Assert.Equal(HttpStatusCode.OK, (await panellist.GetAsync(link)).StatusCode);

        var id = await app.QueryAsync(db => db.Panellists.IgnoreQueryFilters().Where(p => p.Email == "rory@community.example").Select(p => p.Id).SingleAsync(Ct));
        var revoked = await lead.SubmitAsync($"/cycles/{cycleId}/eds/panel", $"/cycles/{cycleId}/eds/panel/{id}/revoke", []);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var gone = await panellist.GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Contains("This link has been withdrawn", await gone.BodyAsync());
        Assert.Contains("eds.panellist-revoked", await app.AuditActionsAsync());

        var tampered = await panellist.GetAsync(link[..^3] + (link.EndsWith("AAA", StringComparison.Ordinal) ? "BBB" : "AAA"));
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Contains("This link does not work", await tampered.BodyAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await panellist.GetAsync("/panel/not-a-token/outcomes/1")).StatusCode);
    }

    [Theory]
    [InlineData("4", "Choose a score from 0 (Undeveloped) to 3 (Excelling)")]
    [InlineData("", "Choose your provisional score")]
    [InlineData("two", "Choose a score from 0 (Undeveloped) to 3 (Excelling)")]
    public async Task A_panellists_score_outside_the_scale_is_refused_with_422(string score, string message)
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, $"Panel bad score '{score}'");
        var email = $"scale{score.Length}{score}@community.example";
        var link = await InviteAsync(lead, cycleId, "Sol Scale", email, "1D");
        var outcome = $"{link}/outcomes/{await app.OutcomeIdAsync(cycleId, "1D")}";
        var panellist = Browser.For(app);
        var response = await panellist.SubmitAsync(outcome, outcome, Score(score));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.Contains(message, html);
        Assert.Contains("href=\"#Form-Score\"", html);
        Assert.Equal(0, await app.QueryAsync(db => db.ProvisionalScores.IgnoreQueryFilters().CountAsync(s => db.Panellists.IgnoreQueryFilters().Any(p => p.Id == s.PanellistId && p.Email == email), Ct)));
    }

    [Fact]
    public async Task Only_a_hash_of_the_link_is_stored_and_a_second_live_link_for_the_same_person_is_refused()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, "Panel hash");
        var link = await InviteAsync(lead, cycleId, "Hal Hash", "hal@community.example", "3B");
        var token = link["/panel/".Length..];
        var stored = await app.QueryAsync(db => db.Panellists.IgnoreQueryFilters().Where(p => p.Email == "hal@community.example").Select(p => p.TokenHash).SingleAsync(Ct));
        Assert.Equal(InvitationSender.Hash(token), stored);
        Assert.DoesNotContain(token, stored, StringComparison.Ordinal);

        var again = await lead.SubmitAsync($"/cycles/{cycleId}/eds/panel/invite", $"/cycles/{cycleId}/eds/panel/invite",
            [new("Form.Name", "Hal Hash"), new("Form.Email", "HAL@community.example"), new("Form.OutcomeIds", EdsDemo.Id(await app.OutcomeIdAsync(cycleId, "3C")))]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("already has a link that works", await again.BodyAsync());
    }
}

/// <summary>The panel pages share the sign-in rate limit, so a token cannot be guessed at speed.</summary>
public sealed class PanelRateLimitTests(PanelRateLimitTests.Factory app) : IClassFixture<PanelRateLimitTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimits:AuthenticationPerMinute"] = "3" };
    }

    [Fact]
    public async Task Guessing_panel_links_quickly_is_slowed_down_with_429()
    {
        var guesser = Browser.For(app);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++) statuses.Add((await guesser.GetAsync($"/panel/guess-{i}")).StatusCode);
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
