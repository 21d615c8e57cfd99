using System.Net;
using System.Text.RegularExpressions;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Home;

/// <summary>
/// The guided journeys over real HTTP: the home page's next task for each role, the cycle's task list, agreeing
/// positions in discussion order, and the pages for a step that no longer applies.
/// </summary>
public sealed partial class JourneyPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_role_sees_its_next_task_on_the_home_page()
    {
        var member = await Browser.SignedInAsync(app, Demo.NedAudit);
        var home = await member.GetPageAsync("/");
        Assert.Contains("Your next task", home);
        Assert.Contains("of 5 stages completed", home);
        Assert.Matches(@"href=""/respond/\d+/stages/\d""[^>]*data-next-task", home);

        // Other tests in this class add newer cycles, so the lead's step here is whatever the newest cycle needs.
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        Assert.Matches(@"id=""lead-next-task""[\s\S]*data-next-task>", await lead.GetPageAsync("/"));

        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        Assert.Contains("Accounts that need attention", await admin.GetPageAsync("/"));
    }

    [Fact]
    public async Task The_draft_cycles_task_list_does_not_offer_steps_that_do_not_apply_yet()
    {
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var created = await lead.SubmitAsync("/cycles/new", "/cycles/new", new Dictionary<string, string>
        {
            ["Name"] = "Draft journey", ["OpensOn"] = "2027-11-02", ["ClosesOn"] = "2027-11-30",
            ["FrameworkId"] = (await app.QueryAsync(db => db.Frameworks.Where(f => f.Code == "inclead").Select(f => f.Id).FirstAsync(Ct))).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RespondentUserIds"] = await app.UserIdAsync(Demo.Chair),
        });
        var id = created.Headers.Location!.OriginalString.Split('/').Last();
        var page = await lead.GetPageAsync($"/cycles/{id}");
        Assert.Contains("nhsuk-task-list", page);
        Assert.Contains($"href=\"/cycles/{id}/open\"", page);
        foreach (var notYet in new[] { "close", "positions", "sign-off", "release", "reports/board-pack.pdf" })
            Assert.DoesNotContain($"href=\"/cycles/{id}/{notYet}\"", page);
        Assert.Equal(7, Regex.Matches(page, "Cannot start yet").Count);

        // Closing a draft from a stale page: a page that says why and offers the cycle's tasks.
        var stale = await lead.GetAsync($"/cycles/{id}/close");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Go to the cycle&#x27;s tasks", html);
        Assert.Contains($"href=\"/cycles/{id}\"", html);

        // And the home page's next task is to open it: the newest cycle is the one being worked on.
        Assert.Contains("Open Draft journey and invite 1 respondent", await lead.GetPageAsync("/"));
    }

    [Fact]
    public async Task A_stage_posted_after_the_cycle_closed_says_what_happened_and_offers_the_saved_answers()
    {
        var cycleId = await app.CreateOpenCycleAsync("Closed while open", Demo.Chair);
        var chair = await Browser.SignedInAsync(app, Demo.Chair);
        var stagePage = await chair.GetPageAsync($"/respond/{cycleId}/stages/1/factors/1");
        var statement = (await app.StatementIdsAsync(cycleId, 1))[0];

        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync($"/cycles/{cycleId}/close", $"/cycles/{cycleId}/close", [])).StatusCode);

        var late = await chair.Client.PostAsync($"/respond/{cycleId}/stages/1/factors/1", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Answers[0].StatementId"] = statement.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Answers[0].Rating"] = "2", ["__RequestVerificationToken"] = Browser.Token(stagePage),
        }), Ct);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var html = await late.Content.ReadAsStringAsync(Ct);
        Assert.Contains("closed while you were answering", html);
        Assert.Contains($"href=\"/respond/{cycleId}\"", html);
        Assert.False(await app.QueryAsync(db => db.Answers.IgnoreQueryFilters().AnyAsync(a => a.CycleId == cycleId, Ct)));
    }

    [Fact]
    public async Task A_link_to_a_stage_of_a_cycle_the_person_is_not_in_offers_their_own_assessments()
    {
        var cycleId = await app.CreateOpenCycleAsync("Not theirs", Demo.Chair);
        var other = await Browser.SignedInAsync(app, Demo.FinanceDirector);
        var response = await other.GetAsync($"/respond/{cycleId}/stages/2");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("You are not a respondent in this cycle", html);
        Assert.Contains("href=\"/respond\"", html);
    }

    [Fact]
    public async Task Positions_are_worked_through_in_discussion_order_with_save_and_next()
    {
        var cycleId = await app.OpenDemoCycleIdAsync();
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var start = await lead.GetAsync($"/cycles/{cycleId}/positions/next");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var first = start.Headers.Location!.OriginalString;

        // The first statement is the one the consensus page lists first to discuss at board.
        var consensus = await lead.GetPageAsync($"/cycles/{cycleId}/consensus");
        var discussFirst = Regex.Match(consensus[consensus.IndexOf("id=\"discuss\"", StringComparison.Ordinal)..], @"<th scope=""row"" class=""nhsuk-table__header"">([^:<]+):").Groups[1].Value;
        var edit = await lead.GetPageAsync(first);
        Assert.False(string.IsNullOrEmpty(discussFirst), "the consensus page lists nothing to discuss");
        Assert.Contains($", {discussFirst.Trim()}</span>", edit);
        Assert.Contains("How board members rated it", edit);
        Assert.Contains("Save and go to the next statement", edit);

        var version = Regex.Match(edit, "name=\"Form.Version\" value=\"([^\"]*)\"").Groups[1].Value;
        var saved = await lead.Client.PostAsync(first, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Rating"] = "2", ["Form.Rationale"] = "Discussed first", ["Form.Version"] = version, ["then"] = "next", ["__RequestVerificationToken"] = Browser.Token(edit),
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var second = saved.Headers.Location!.OriginalString;
        Assert.Matches($@"^/cycles/{cycleId}/positions/\d+$", second);
        Assert.NotEqual(first, second);
        // The next link now skips the statement just agreed.
        Assert.Equal(second, (await lead.GetAsync($"/cycles/{cycleId}/positions/next")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_spread_of_ratings_is_not_shown_below_the_anonymity_threshold()
    {
        var cycleId = await app.CreateOpenCycleAsync("Too few", Demo.Chair);
        var statement = (await app.StatementIdsAsync(cycleId, 1))[0];
        await app.AddAsync(cycleId, Demo.Chair, new Dictionary<int, IncLead.Web.Domain.Scoring.Rating?> { [statement] = IncLead.Web.Domain.Scoring.Rating.Excelling }, "Only one view");
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var edit = await lead.GetPageAsync($"/cycles/{cycleId}/positions/{statement}");
        Assert.Contains("so how they rated it is not shown", edit);
        Assert.DoesNotContain("How board members rated it", edit);
        Assert.DoesNotContain("Only one view", edit);
    }

    [Fact]
    public async Task The_invitation_form_starts_with_no_role_or_position_and_lists_errors_in_field_order()
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var form = await admin.GetPageAsync("/admin/users/invite");
        Assert.DoesNotContain("checked", form[form.IndexOf("<form method=\"post\" action=\"/admin/users/invite\"", StringComparison.Ordinal)..]);

        var empty = await admin.SubmitAsync("/admin/users/invite", "/admin/users/invite", []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var summary = Regex.Match(await empty.Content.ReadAsStringAsync(Ct), "nhsuk-error-summary__list\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;
        // An empty email address is both missing and badly formed: two messages for one field, side by side.
        var links = Regex.Matches(summary, "href=\"(#[^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(links.SequenceEqual(["#FullName", "#Email", "#Roles", "#Position"]), summary);

        var noPosition = await admin.SubmitAsync("/admin/users/invite", "/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "Ola Nordmann", ["Email"] = "ola.nordmann@riverside.example", ["Roles"] = "BoardMember", ["Position"] = "None",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noPosition.StatusCode);
        Assert.Contains("A board member needs a board position", await noPosition.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_invitation_email_says_the_role_in_words()
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var sent = await admin.SubmitAsync("/admin/users/invite", "/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "Kemi Adeyemi", ["Email"] = "kemi.adeyemi@riverside.example", ["Roles"] = "BoardMember", ["Position"] = "NonExecutiveDirector",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await app.DeliverMailAsync();
        var body = Mail.To(app.MailFolder, "kemi.adeyemi@riverside.example").TextBody ?? "";
        Assert.Contains("as a board member (Non-executive director). You will be able to answer the board's inclusion assessment and see its results.", body.ReplaceLineEndings(" "));
    }
}
