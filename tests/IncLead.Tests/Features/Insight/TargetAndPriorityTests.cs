using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Insight;

public sealed class TargetAndPriorityTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<int> CycleIdAsync(string name) => app.QueryAsync(db => db.Cycles.IgnoreQueryFilters()
        .Where(c => c.Name == name && db.Organisations.Any(o => o.Id == c.OrganisationId && o.OdsCode == DemoData.OdsCode)).Select(c => c.Id).SingleAsync());

    [Fact]
    public async Task Targets_set_at_one_sign_off_are_judged_in_the_next_cycle()
    {
        var (signed, current) = (await CycleIdAsync("2025/26"), await CycleIdAsync("2026/27"));
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        // A target of 0 is met by any shown score; a target of 3 for stage 2 is not.
        var fields = new Dictionary<string, string>
        {
            ["Form.Stages[0].Code"] = await StageCodeAsync(1), ["Form.Stages[0].Level"] = "0",
            ["Form.Stages[1].Code"] = await StageCodeAsync(2), ["Form.Stages[1].Level"] = "3",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync($"/cycles/{signed}/targets", $"/cycles/{signed}/targets", fields)).StatusCode);

        var page = await lead.GetPageAsync($"/cycles/{current}/targets");
        var table = page.Split("id=\"target-outcomes\"")[1].Split("</table>")[0];
        var rows = table.Split("<tr").Skip(2).ToList();
        Assert.Contains(">Met<", rows.Single(r => r.Contains("Stage 1:", StringComparison.Ordinal)));
        Assert.Matches("Not met", rows.Single(r => r.Contains("Stage 2:", StringComparison.Ordinal)));
        Assert.Contains("id=\"dashboard-targets\"", await lead.GetPageAsync("/dashboard"));
    }

    [Theory]
    [InlineData("4")]
    [InlineData("-0.5")]
    [InlineData("lots")]
    public async Task A_target_outside_the_scale_is_refused_and_nothing_changes(string level)
    {
        var signed = await CycleIdAsync("2024/25");
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var before = await app.QueryAsync(db => db.BoardTargets.IgnoreQueryFilters().CountAsync(t => t.CycleId == signed));
        var response = await lead.SubmitAsync($"/cycles/{signed}/targets", $"/cycles/{signed}/targets",
            new Dictionary<string, string> { ["Form.Stages[0].Code"] = await StageCodeAsync(1), ["Form.Stages[0].Level"] = level });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("must be a number from 0 to 3", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(before, await app.QueryAsync(db => db.BoardTargets.IgnoreQueryFilters().CountAsync(t => t.CycleId == signed)));
    }

    [Fact]
    public async Task A_board_member_who_is_not_the_chair_cannot_set_targets()
    {
        var signed = await CycleIdAsync("2025/26");
        var member = await Browser.SignedInAsync(app, Demo.FinanceDirector);
        var response = await member.PostWithoutTokenAsync($"/cycles/{signed}/targets", new Dictionary<string, string>());
        Assert.True((int)response.StatusCode is 400 or 403);
    }

    [Fact]
    public async Task Priorities_show_the_formula_and_link_to_raising_an_action_with_the_statement()
    {
        var current = await CycleIdAsync("2026/27");
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var page = await lead.GetPageAsync($"/cycles/{current}/priorities");
        Assert.Contains("Each statement gets up to 100 points", page);
        Assert.Matches($"/actions/new\\?cycle={current}&amp;statement=\\d+", page);
        var statementId = System.Text.RegularExpressions.Regex.Match(page, $"/actions/new\\?cycle={current}&amp;statement=(\\d+)").Groups[1].Value;
        var raise = await lead.GetAsync($"/actions/new?cycle={current}&statement={statementId}");
        Assert.Equal(HttpStatusCode.OK, raise.StatusCode);
    }

    private Task<string> StageCodeAsync(int number) => app.QueryAsync(db => db.Stages.Where(s => s.Number == number && db.Frameworks.Any(f => f.Id == s.FrameworkId && f.Code == "inclead"))
        .OrderByDescending(s => s.FrameworkId).Select(s => s.Code).FirstAsync());
}
