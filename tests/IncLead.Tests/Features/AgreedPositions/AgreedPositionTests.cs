using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.AgreedPositions;

public sealed class AgreedPositionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static KeyValuePair<string, string>[] Fields(string page, string rating, string rationale)
    {
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"Form.Version\" value=\"([^\"]*)\"").Groups[1].Value;
        return [new("Form.Rating", rating), new("Form.Rationale", rationale), new("Form.Dissent", ""), new("Form.Version", version), new("__RequestVerificationToken", Browser.Token(page))];
    }

    [Fact]
    public async Task Two_editors_get_a_conflict_showing_both_versions_and_neither_edit_is_lost()
    {
        var cycleId = await app.OpenDemoCycleIdAsync();
        var statement = (await app.StatementIdsAsync(cycleId, 2))[3];
        var url = $"/cycles/{cycleId}/positions/{statement}";
        var alice = Browser.For(app);
        var bob = Browser.For(app);
        await alice.SignInAsync(Demo.Lead);
        await bob.SignInAsync(Demo.Lead);
        var alicePage = await alice.GetPageAsync(url);
        var bobPage = await bob.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await alice.Client.PostAsync(url, new FormUrlEncodedContent(Fields(alicePage, "2", "Alice's rationale")), Ct)).StatusCode);
        var conflict = await bob.Client.PostAsync(url, new FormUrlEncodedContent(Fields(bobPage, "1", "Bob's rationale")), Ct);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Someone else saved this agreed position", html);
        Assert.Contains("Alice&#x27;s rationale", html);
        Assert.Contains("Bob&#x27;s rationale", html);
        Assert.Equal("Alice's rationale", await app.QueryAsync(db => db.AgreedPositions.IgnoreQueryFilters().Where(p => p.CycleId == cycleId && p.StatementId == statement).Select(p => p.Rationale).SingleAsync(Ct)));

        // Bob read Alice's version and deliberately replaces it: the form now carries her version token.
        Assert.Equal(HttpStatusCode.Redirect, (await bob.Client.PostAsync(url, new FormUrlEncodedContent(Fields(html, "1", "Bob's rationale")), Ct)).StatusCode);
        var saved = await app.QueryAsync(db => db.AgreedPositions.IgnoreQueryFilters().SingleAsync(p => p.CycleId == cycleId && p.StatementId == statement, Ct));
        Assert.Equal(("Bob's rationale", Rating.Developing), (saved.Rationale, saved.Rating));
        Assert.Contains("agreed-position.recorded", await app.AuditActionsAsync());
    }

    [Theory]
    [InlineData("9", "Reasons", "Choose Undeveloped, Developing, Achieving or Excelling")]
    [InlineData("2", "", "Enter the board")]
    public async Task Bad_positions_are_refused_with_a_message(string rating, string rationale, string message)
    {
        var cycleId = await app.OpenDemoCycleIdAsync();
        var statement = (await app.StatementIdsAsync(cycleId, 4))[0];
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        var url = $"/cycles/{cycleId}/positions/{statement}";
        var response = await lead.SubmitAsync(url, url, [new("Form.Rating", rating), new("Form.Rationale", rationale)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(Ct));
        Assert.False(await app.QueryAsync(db => db.AgreedPositions.IgnoreQueryFilters().AnyAsync(p => p.CycleId == cycleId && p.StatementId == statement, Ct)));
    }

    [Fact]
    public async Task A_statement_outside_the_cycle_answers_404()
    {
        var cycleId = await app.OpenDemoCycleIdAsync();
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/cycles/{cycleId}/positions/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/cycles/999999/positions")).StatusCode);
    }

    [Fact]
    public async Task Last_cycles_position_follows_the_framework_mapping_and_says_when_a_statement_was_split()
    {
        // The demo's 2026/27 cycle asks framework 2012.2; 2025/26 agreed positions on 2012.1, among them S1.F7.01, which
        // 2012.2 split into S1.F7.01 and S1.F7.06 to S1.F7.08, and S1.F1.01, asked again as it was.
        var cycleId = await app.OpenDemoCycleIdAsync();
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);

        var split = await LastCyclesPositionAsync(lead, cycleId, "S1.F7.06");
        var keptCode = await LastCyclesPositionAsync(lead, cycleId, "S1.F7.01");
        var parent = await PreviousRationaleAsync(cycleId, "S1.F7.01");
        Assert.Contains(parent, split);
        Assert.Contains("agreed for statement S1.F7.01, which has since been split", split);
        Assert.Contains("agreed for statement S1.F7.01, which has since been split", keptCode);

        var same = await LastCyclesPositionAsync(lead, cycleId, "S1.F1.01");
        Assert.Contains(await PreviousRationaleAsync(cycleId, "S1.F1.01"), same);
        Assert.DoesNotContain("split", same);
    }

    private async Task<string> LastCyclesPositionAsync(Browser lead, int cycleId, string code)
    {
        var statementId = await app.QueryAsync(db => (from c in db.Cycles.IgnoreQueryFilters() where c.Id == cycleId
                                                      join st in db.Stages on c.FrameworkId equals st.FrameworkId
                                                      join f in db.Factors on st.Id equals f.StageId
                                                      join s in db.Statements on f.Id equals s.FactorId
                                                      where s.Code == code select s.Id).SingleAsync(Ct));
        var page = await lead.GetPageAsync($"/cycles/{cycleId}/positions/{statementId}");
        var row = System.Text.RegularExpressions.Regex.Match(page, "Last cycle's position</dt><dd class=\"nhsuk-summary-list__value\">([^<]*)</dd>");
        Assert.True(row.Success, $"No last cycle's position row for {code}");
        return System.Net.WebUtility.HtmlDecode(row.Groups[1].Value);
    }

    private Task<string> PreviousRationaleAsync(int cycleId, string code) => app.QueryAsync(db =>
        (from c in db.Cycles.IgnoreQueryFilters() where c.Id == cycleId
         join p in db.AgreedPositions.IgnoreQueryFilters() on c.PreviousCycleId equals p.CycleId
         join s in db.Statements on p.StatementId equals s.Id
         where s.Code == code select p.Rationale).SingleAsync(Ct));
}
