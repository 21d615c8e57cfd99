using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Domain.Scoring;

namespace IncLead.Tests.Features.Results;

public sealed class ResultsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Figures_based_on_fewer_people_than_the_threshold_are_suppressed()
    {
        var cycleId = await app.CreateOpenCycleAsync("Two people", Demo.FinanceDirector, Demo.ChiefExecutive);
        var first = (await app.StatementIdsAsync(cycleId, 1))[0];
        await app.AddAsync(cycleId, Demo.FinanceDirector, new Dictionary<int, Rating?> { [first] = Rating.Excelling }, "Only two of us answered");
        await app.AddAsync(cycleId, Demo.ChiefExecutive, new Dictionary<int, Rating?> { [first] = Rating.Undeveloped });
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);

        var stage = await lead.GetPageAsync($"/cycles/{cycleId}/results/stages/1");
        Assert.Contains("Not shown: fewer than 3 people rated this statement.", stage);
        Assert.DoesNotContain("Only two of us answered", stage);
        Assert.DoesNotContain("<svg", stage.Split("<main")[1]);
        var overview = await lead.GetPageAsync($"/cycles/{cycleId}/results");
        Assert.Contains("Overall: not shown out of 3", overview);
    }

    [Fact]
    public async Task Figures_and_anonymous_comments_appear_once_enough_people_rated()
    {
        var cycleId = await app.CreateOpenCycleAsync("Three people", Demo.FinanceDirector, Demo.ChiefExecutive, Demo.NedAudit);
        var first = (await app.StatementIdsAsync(cycleId, 1))[0];
        await app.AddAsync(cycleId, Demo.FinanceDirector, new Dictionary<int, Rating?> { [first] = Rating.Excelling }, "A view worth hearing");
        await app.AddAsync(cycleId, Demo.ChiefExecutive, new Dictionary<int, Rating?> { [first] = Rating.Undeveloped });
        await app.AddAsync(cycleId, Demo.NedAudit, new Dictionary<int, Rating?> { [first] = Rating.Achieving });
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);

        var stage = await lead.GetPageAsync($"/cycles/{cycleId}/results/stages/1");
        Assert.Contains("A view worth hearing", stage);
        Assert.Contains("role=\"img\"", stage);
        Assert.Contains(">1.5 (", stage);
        foreach (var name in new[] { "Priya Sharma", "David Chen", "Robert Williams" }) Assert.DoesNotContain(name, stage.Split("<main")[1]);
    }

    [Fact]
    public async Task Board_members_see_results_only_once_released()
    {
        var cycleId = await app.CreateOpenCycleAsync("Release", Demo.FinanceDirector);
        var member = Browser.For(app);
        await member.SignInAsync(Demo.FinanceDirector);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/cycles/{cycleId}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/cycles/{cycleId}/consensus")).StatusCode);

        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync($"/cycles/{cycleId}", $"/cycles/{cycleId}/release", [])).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/cycles/{cycleId}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/cycles/{cycleId}/consensus")).StatusCode);
    }

    [Fact]
    public async Task The_demo_organisation_shows_results_consensus_and_trend_on_first_run()
    {
        var cycleId = await app.OpenDemoCycleIdAsync();
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        var results = await lead.GetPageAsync($"/cycles/{cycleId}/results");
        Assert.Contains("2025/26", results);
        Assert.Contains("Stage scores out of 3", results);
        Assert.Matches(@"Stage 1: 2026/27 (\d\.\d|not shown), 2025/26 (\d\.\d|not shown)", results); // this cycle against the last
        var consensus = await lead.GetPageAsync($"/cycles/{cycleId}/consensus");
        Assert.Contains("Agreement on each statement", consensus);
        Assert.Contains("<th scope=\"row\"", consensus);
        var trend = await lead.GetPageAsync($"/cycles/{cycleId}/trend");
        Assert.Contains("2024/25", trend);
        Assert.Contains("2025/26", trend);
    }
}
