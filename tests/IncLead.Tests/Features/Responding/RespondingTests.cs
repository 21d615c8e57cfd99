using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Responding;

public sealed class RespondingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int StatementId, int Index)> FirstStatementOfStageAsync(int cycleId, int stage) =>
        ((await app.StatementIdsAsync(cycleId, stage))[0], 0);

    private async Task<(int Factor, int StatementId)> FirstOfSecondFactorAsync(int cycleId, int stage) => (2, (await app.FactorsAsync(cycleId, stage))[1][0]);

    // Posts one factor page's answers as its form does without JavaScript.
    private static List<KeyValuePair<string, string>> Fields(IReadOnlyList<int> statements, Func<int, string> rating) =>
        [.. statements.SelectMany((id, i) => new KeyValuePair<string, string>[] { new($"Answers[{i}].StatementId", id.ToString()), new($"Answers[{i}].Rating", rating(i)) })];

    [Fact]
    public async Task Task_list_shows_the_five_stages_with_status_and_time()
    {
        var cycleId = await app.OpenDemoCycleIdAsync();
        var member = Browser.For(app);
        await member.SignInAsync(Demo.NedAudit);
        var page = await member.GetPageAsync($"/respond/{cycleId}");
        Assert.Contains("nhsuk-task-list", page);
        for (var n = 1; n <= 5; n++) Assert.Contains($"/respond/{cycleId}/stages/{n}", page);
        Assert.Matches(@"About \d+ minutes", page);
    }

    [Fact]
    public async Task Answers_saved_without_javascript_persist_across_sign_out()
    {
        var cycleId = await app.CreateOpenCycleAsync("Persist", Demo.FinanceDirector, Demo.ChiefExecutive);
        var (statementId, _) = await FirstStatementOfStageAsync(cycleId, 2);
        var member = Browser.For(app);
        await member.SignInAsync(Demo.FinanceDirector);

        var saved = await member.SubmitAsync($"/respond/{cycleId}/stages/2/factors/1", $"/respond/{cycleId}/stages/2/factors/1",
            [new("Answers[0].StatementId", statementId.ToString()), new("Answers[0].Rating", "2"), new("Answers[0].Comment", "A comment that must survive")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await member.SignOutAsync();

        await member.SignInAsync(Demo.FinanceDirector);
        var page = await member.GetPageAsync($"/respond/{cycleId}/stages/2/factors/1");
        Assert.Matches("value=\"2\" checked", page);
        Assert.Contains("A comment that must survive", page);
    }

    [Fact]
    public async Task Autosave_saves_one_answer_and_says_so()
    {
        var cycleId = await app.CreateOpenCycleAsync("Autosave", Demo.FinanceDirector);
        var (statementId, _) = await FirstStatementOfStageAsync(cycleId, 1);
        var member = Browser.For(app);
        await member.SignInAsync(Demo.FinanceDirector);

        var response = await member.AutosaveAsync($"/respond/{cycleId}/stages/1/factors/1", $"/respond/{cycleId}/answers",
            [new("StatementId", statementId.ToString()), new("Rating", "dont-know"), new("Comment", "")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"saved\":true", await response.Content.ReadAsStringAsync(Ct));
        var stored = await app.QueryAsync(db => db.Answers.IgnoreQueryFilters().SingleAsync(a => a.CycleId == cycleId && a.StatementId == statementId, Ct));
        Assert.Equal(Rating.DontKnow, stored.Rating);
    }

    [Theory]
    [InlineData("7", "", "Choose Undeveloped")]
    [InlineData("-1", "", "Choose Undeveloped")]
    [InlineData("2", null, "2,000 characters or fewer")]
    public async Task Bad_answers_are_refused_with_a_message_and_change_nothing(string rating, string? comment, string message)
    {
        var cycleId = await app.CreateOpenCycleAsync("Bad input " + rating + (comment is null ? "long" : ""), Demo.FinanceDirector);
        var (statementId, _) = await FirstStatementOfStageAsync(cycleId, 1);
        var member = Browser.For(app);
        await member.SignInAsync(Demo.FinanceDirector);
        var text = comment ?? new string('x', 2001);

        var page = await member.SubmitAsync($"/respond/{cycleId}/stages/1/factors/1", $"/respond/{cycleId}/stages/1/factors/1",
            [new("Answers[0].StatementId", statementId.ToString()), new("Answers[0].Rating", rating), new("Answers[0].Comment", text)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("nhsuk-error-summary", html);
        Assert.Contains(message, html);

        var autosave = await member.AutosaveAsync($"/respond/{cycleId}/stages/1/factors/1", $"/respond/{cycleId}/answers",
            [new("StatementId", statementId.ToString()), new("Rating", rating), new("Comment", text)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, autosave.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Answers.IgnoreQueryFilters().CountAsync(a => a.CycleId == cycleId, Ct)));
    }

    [Fact]
    public async Task A_statement_from_another_stage_or_an_unknown_cycle_answers_404()
    {
        var cycleId = await app.CreateOpenCycleAsync("Ids", Demo.FinanceDirector);
        var (otherStage, _) = await FirstStatementOfStageAsync(cycleId, 3);
        var member = Browser.For(app);
        await member.SignInAsync(Demo.FinanceDirector);

        var wrongStage = await member.SubmitAsync($"/respond/{cycleId}/stages/1/factors/1", $"/respond/{cycleId}/stages/1/factors/1",
            [new("Answers[0].StatementId", otherStage.ToString()), new("Answers[0].Rating", "1")]);
        Assert.Equal(HttpStatusCode.NotFound, wrongStage.StatusCode);
        var unknown = await member.AutosaveAsync($"/respond/{cycleId}/stages/1/factors/1", $"/respond/{cycleId}/answers", [new("StatementId", "999999"), new("Rating", "1")]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/respond/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/respond/{cycleId}/stages/9")).StatusCode);
        foreach (var factor in new[] { 0, 99 }) Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/respond/{cycleId}/stages/1/factors/{factor}")).StatusCode);
        // A statement of this stage, but on another factor's page.
        var (_, secondFactor) = await FirstOfSecondFactorAsync(cycleId, 1);
        var wrongFactor = await member.SubmitAsync($"/respond/{cycleId}/stages/1/factors/1", $"/respond/{cycleId}/stages/1/factors/1",
            [new("Answers[0].StatementId", secondFactor.ToString()), new("Answers[0].Rating", "1")]);
        Assert.Equal(HttpStatusCode.NotFound, wrongFactor.StatusCode);
    }

    [Fact]
    public async Task Someone_who_is_not_a_respondent_cannot_answer()
    {
        var cycleId = await app.CreateOpenCycleAsync("Not a respondent", Demo.FinanceDirector);
        var (statementId, _) = await FirstStatementOfStageAsync(cycleId, 1);
        var outsider = Browser.For(app);
        await outsider.SignInAsync(Demo.NedAudit);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/respond/{cycleId}/stages/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/respond/{cycleId}/stages/1/factors/1")).StatusCode);
        var token = Browser.Token(await outsider.GetPageAsync("/"));
        var post = await outsider.Client.PostAsync($"/respond/{cycleId}/answers",
            new FormUrlEncodedContent([new("StatementId", statementId.ToString()), new("Rating", "1"), new("__RequestVerificationToken", token)]), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task A_board_member_cannot_read_another_members_answers_by_any_url()
    {
        var cycleId = await app.CreateOpenCycleAsync("Privacy", Demo.FinanceDirector, Demo.ChiefExecutive);
        var (statementId, _) = await FirstStatementOfStageAsync(cycleId, 1);
        var author = Browser.For(app);
        await author.SignInAsync(Demo.FinanceDirector);
        await author.SubmitAsync($"/respond/{cycleId}/stages/1/factors/1", $"/respond/{cycleId}/stages/1/factors/1",
            [new("Answers[0].StatementId", statementId.ToString()), new("Answers[0].Rating", "3"), new("Answers[0].Comment", "Secret opinion of the finance director")]);

        var other = Browser.For(app);
        await other.SignInAsync(Demo.ChiefExecutive);
        var respondentId = await app.QueryAsync(db => db.Respondents.IgnoreQueryFilters().Where(r => r.CycleId == cycleId).Select(r => r.Id).FirstAsync(Ct));
        string[] urls =
        [
            $"/respond/{cycleId}", $"/respond/{cycleId}/stages/1", $"/respond/{cycleId}/stages/1/factors/1", $"/respond/{cycleId}/stages/1/factors/1?respondentId={respondentId}",
            $"/cycles/{cycleId}/results", $"/cycles/{cycleId}/results/stages/1", $"/cycles/{cycleId}/consensus", $"/cycles/{cycleId}/trend",
            $"/cycles/{cycleId}/completion", $"/cycles/{cycleId}", $"/cycles/{cycleId}/positions",
        ];
        foreach (var url in urls)
        {
            var response = await other.GetAsync(url);
            var html = await response.Content.ReadAsStringAsync(Ct);
            Assert.DoesNotContain("Secret opinion", html);
            Assert.DoesNotContain("value=\"3\" checked", html);
        }
    }

    [Fact]
    public async Task Closed_cycles_refuse_answers_and_show_them_read_only()
    {
        var cycleId = await app.CreateOpenCycleAsync("Closed", Demo.FinanceDirector);
        var (statementId, _) = await FirstStatementOfStageAsync(cycleId, 1);
        var member = Browser.For(app);
        await member.SignInAsync(Demo.FinanceDirector);
        var stagePage = await member.GetPageAsync($"/respond/{cycleId}/stages/1/factors/1");

        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync($"/cycles/{cycleId}", $"/cycles/{cycleId}/close", [])).StatusCode);

        var token = Browser.Token(stagePage);
        var form = await member.Client.PostAsync($"/respond/{cycleId}/stages/1/factors/1",
            new FormUrlEncodedContent([new("Answers[0].StatementId", statementId.ToString()), new("Answers[0].Rating", "1"), new("__RequestVerificationToken", token)]), Ct);
        Assert.Equal(HttpStatusCode.Conflict, form.StatusCode);
        var autosave = await member.AutosaveAsync("/", $"/respond/{cycleId}/answers", [new("StatementId", statementId.ToString()), new("Rating", "1")]);
        Assert.Equal(HttpStatusCode.Conflict, autosave.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Answers.IgnoreQueryFilters().CountAsync(a => a.CycleId == cycleId, Ct)));
        var readOnly = await member.GetPageAsync($"/respond/{cycleId}/stages/1");
        Assert.Contains("This cycle is closed", readOnly);
        Assert.DoesNotContain("<form method=\"post\" action=\"/respond/", readOnly);
        var factorPage = await member.GetAsync($"/respond/{cycleId}/stages/1/factors/2");
        Assert.Equal(HttpStatusCode.Redirect, factorPage.StatusCode);
        Assert.Equal($"/respond/{cycleId}/stages/1", factorPage.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Marking_a_stage_complete_needs_every_answer_on_every_factor_and_can_be_undone()
    {
        var cycleId = await app.CreateOpenCycleAsync("Complete", Demo.FinanceDirector);
        var factors = await app.FactorsAsync(cycleId, 5);
        var member = Browser.For(app);
        await member.SignInAsync(Demo.FinanceDirector);
        string Page(int factor) => $"/respond/{cycleId}/stages/5/factors/{factor}";
        var last = factors.Count;

        // Everything on the last page answered, one statement of the first page not: the gap is named and linked on its own page.
        await member.SubmitAsync(Page(1), Page(1), Fields(factors[0], i => i == 0 ? "" : "1"));
        var lastPage = Fields(factors[last - 1], i => "2");
        lastPage.Add(new("Completed", "yes"));
        var partial = await member.SubmitAsync(Page(last), Page(last), lastPage);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, partial.StatusCode);
        var html = await partial.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Answer every statement", html);
        Assert.Contains($"href=\"{Page(1)}#statement-{factors[0][0]}\">Answer the 1 statement left in ", html);
        Assert.Equal(0, await app.QueryAsync(db => db.StageCompletions.IgnoreQueryFilters().CountAsync(c => db.Respondents.Any(r => r.Id == c.RespondentId && r.CycleId == cycleId), Ct)));

        for (var f = 1; f < last; f++)
        {
            var next = await member.SubmitAsync(Page(f), Page(f), Fields(factors[f - 1], i => (i % 4).ToString()));
            Assert.Equal(Page(f + 1), next.Headers.Location!.OriginalString);
        }
        lastPage = Fields(factors[last - 1], i => "dont-know");
        lastPage.Add(new("Completed", "yes"));
        var done = await member.SubmitAsync(Page(last), Page(last), lastPage);
        Assert.Equal($"/respond/{cycleId}", done.Headers.Location!.OriginalString);
        Assert.Contains("You have completed 1 of 5 stages", await member.GetPageAsync($"/respond/{cycleId}"));

        Assert.Equal(HttpStatusCode.Redirect, (await member.SubmitAsync(Page(last), Page(last), [new("Completed", "no")])).StatusCode);
        Assert.Contains("You have completed 0 of 5 stages", await member.GetPageAsync($"/respond/{cycleId}"));
    }

    [Fact]
    public async Task A_blank_rating_posted_for_a_statement_answered_before_does_not_count_as_a_gap()
    {
        // As a second tab opened before the answers were given would post: every rating blank on the last page.
        var cycleId = await app.CreateOpenCycleAsync("Stale tab", Demo.FinanceDirector);
        var factors = await app.FactorsAsync(cycleId, 5);
        var member = Browser.For(app);
        await member.SignInAsync(Demo.FinanceDirector);
        await member.AnswerStageAsync($"/respond/{cycleId}/stages/5", _ => "2", []);

        var last = $"/respond/{cycleId}/stages/5/factors/{factors.Count}";
        var blank = Fields(factors[^1], _ => "");
        blank.Add(new("Completed", "yes"));
        var completed = await member.SubmitAsync(last, last, blank);
        Assert.Equal($"/respond/{cycleId}", completed.Headers.Location?.OriginalString);
        Assert.Equal(factors.Sum(f => f.Count), await app.QueryAsync(db => db.Answers.IgnoreQueryFilters().CountAsync(a => a.CycleId == cycleId && a.Rating == Rating.Achieving, Ct)));
    }

    [Fact]
    public async Task A_stage_opens_at_the_first_factor_with_a_gap_and_each_page_can_return_to_the_stages()
    {
        var cycleId = await app.CreateOpenCycleAsync("Resume", Demo.FinanceDirector);
        var factors = await app.FactorsAsync(cycleId, 2);
        var member = Browser.For(app);
        await member.SignInAsync(Demo.FinanceDirector);
        string Page(int factor) => $"/respond/{cycleId}/stages/2/factors/{factor}";

        Assert.Equal(Page(1), (await member.GetAsync($"/respond/{cycleId}/stages/2")).Headers.Location!.OriginalString);
        var fields = Fields(factors[0], i => "3");
        fields.Add(new("Then", "stages"));
        var back = await member.SubmitAsync(Page(1), Page(1), fields);
        Assert.Equal($"/respond/{cycleId}", back.Headers.Location!.OriginalString);
        Assert.Equal(Page(2), (await member.GetAsync($"/respond/{cycleId}/stages/2")).Headers.Location!.OriginalString);

        // The progress line counts the whole stage, the factor list each factor.
        var second = await member.GetPageAsync(Page(2));
        Assert.Contains($"data-elsewhere=\"{factors[0].Count}\">{factors[0].Count}</strong> of <span data-total>{factors.Sum(f => f.Count)}</span> answered in this stage", second);
        Assert.Contains($"({factors[0].Count} of {factors[0].Count} answered)", second);
        Assert.Contains("aria-current=\"page\"", second);
    }
}
