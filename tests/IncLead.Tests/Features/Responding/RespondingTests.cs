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

        var saved = await member.SubmitAsync($"/respond/{cycleId}/stages/2", $"/respond/{cycleId}/stages/2",
            [new("Answers[0].StatementId", statementId.ToString()), new("Answers[0].Rating", "2"), new("Answers[0].Comment", "A comment that must survive")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await member.SignOutAsync();

        await member.SignInAsync(Demo.FinanceDirector);
        var page = await member.GetPageAsync($"/respond/{cycleId}/stages/2");
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

        var response = await member.AutosaveAsync($"/respond/{cycleId}/stages/1", $"/respond/{cycleId}/answers",
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

        var page = await member.SubmitAsync($"/respond/{cycleId}/stages/1", $"/respond/{cycleId}/stages/1",
            [new("Answers[0].StatementId", statementId.ToString()), new("Answers[0].Rating", rating), new("Answers[0].Comment", text)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("nhsuk-error-summary", html);
        Assert.Contains(message, html);

        var autosave = await member.AutosaveAsync($"/respond/{cycleId}/stages/1", $"/respond/{cycleId}/answers",
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

        var wrongStage = await member.SubmitAsync($"/respond/{cycleId}/stages/1", $"/respond/{cycleId}/stages/1",
            [new("Answers[0].StatementId", otherStage.ToString()), new("Answers[0].Rating", "1")]);
        Assert.Equal(HttpStatusCode.NotFound, wrongStage.StatusCode);
        var unknown = await member.AutosaveAsync($"/respond/{cycleId}/stages/1", $"/respond/{cycleId}/answers", [new("StatementId", "999999"), new("Rating", "1")]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync("/respond/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/respond/{cycleId}/stages/9")).StatusCode);
    }

    [Fact]
    public async Task Someone_who_is_not_a_respondent_cannot_answer()
    {
        var cycleId = await app.CreateOpenCycleAsync("Not a respondent", Demo.FinanceDirector);
        var (statementId, _) = await FirstStatementOfStageAsync(cycleId, 1);
        var outsider = Browser.For(app);
        await outsider.SignInAsync(Demo.NedAudit);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/respond/{cycleId}/stages/1")).StatusCode);
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
        await author.SubmitAsync($"/respond/{cycleId}/stages/1", $"/respond/{cycleId}/stages/1",
            [new("Answers[0].StatementId", statementId.ToString()), new("Answers[0].Rating", "3"), new("Answers[0].Comment", "Secret opinion of the finance director")]);

        var other = Browser.For(app);
        await other.SignInAsync(Demo.ChiefExecutive);
        var respondentId = await app.QueryAsync(db => db.Respondents.IgnoreQueryFilters().Where(r => r.CycleId == cycleId).Select(r => r.Id).FirstAsync(Ct));
        string[] urls =
        [
            $"/respond/{cycleId}", $"/respond/{cycleId}/stages/1", $"/respond/{cycleId}/stages/1?respondentId={respondentId}",
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
        var stagePage = await member.GetPageAsync($"/respond/{cycleId}/stages/1");

        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync($"/cycles/{cycleId}", $"/cycles/{cycleId}/close", [])).StatusCode);

        var token = Browser.Token(stagePage);
        var form = await member.Client.PostAsync($"/respond/{cycleId}/stages/1",
            new FormUrlEncodedContent([new("Answers[0].StatementId", statementId.ToString()), new("Answers[0].Rating", "1"), new("__RequestVerificationToken", token)]), Ct);
        Assert.Equal(HttpStatusCode.Conflict, form.StatusCode);
        var autosave = await member.AutosaveAsync("/", $"/respond/{cycleId}/answers", [new("StatementId", statementId.ToString()), new("Rating", "1")]);
        Assert.Equal(HttpStatusCode.Conflict, autosave.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.Answers.IgnoreQueryFilters().CountAsync(a => a.CycleId == cycleId, Ct)));
        Assert.DoesNotContain("<form method=\"post\" action=\"/respond/", await member.GetPageAsync($"/respond/{cycleId}/stages/1"));
    }

    [Fact]
    public async Task Marking_a_stage_complete_needs_every_answer_and_can_be_undone()
    {
        var cycleId = await app.CreateOpenCycleAsync("Complete", Demo.FinanceDirector);
        var ids = await app.StatementIdsAsync(cycleId, 5);
        var member = Browser.For(app);
        await member.SignInAsync(Demo.FinanceDirector);
        var url = $"/respond/{cycleId}/stages/5";

        var partial = await member.SubmitAsync(url, url, [new("Answers[0].StatementId", ids[0].ToString()), new("Answers[0].Rating", "1"), new("Completed", "yes")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, partial.StatusCode);
        Assert.Contains("Answer every statement", await partial.Content.ReadAsStringAsync(Ct));

        var all = ids.SelectMany((id, i) => new KeyValuePair<string, string>[] { new($"Answers[{i}].StatementId", id.ToString()), new($"Answers[{i}].Rating", (i % 4).ToString()) }).ToList();
        all.Add(new("Completed", "yes"));
        Assert.Equal(HttpStatusCode.Redirect, (await member.SubmitAsync(url, url, all)).StatusCode);
        Assert.Contains("You have completed 1 of 5 stages", await member.GetPageAsync($"/respond/{cycleId}"));

        Assert.Equal(HttpStatusCode.Redirect, (await member.SubmitAsync(url, url, [new("Completed", "no")])).StatusCode);
        Assert.Contains("You have completed 0 of 5 stages", await member.GetPageAsync($"/respond/{cycleId}"));
    }
}
