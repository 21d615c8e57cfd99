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
}
