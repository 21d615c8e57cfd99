using System.Net;
using IncLead.Tests.Features.Actions;
using IncLead.Tests.Support;

namespace IncLead.Tests.Features.Dashboard;

public sealed class DashboardTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_equality_lead_sees_completion_stage_scores_eds_actions_by_rag_overdue_and_stories()
    {
        var page = System.Net.WebUtility.HtmlDecode(await (await app.SignedInAsync(Demo.Lead)).GetPageAsync("/dashboard"));
        Assert.Contains("2026/27", page);
        Assert.Contains("Respondents who have finished", page);
        Assert.Contains("dashboard-dots", page);
        Assert.Contains("against 2025/26", page);
        Assert.Contains("outcomes graded", page);
        Assert.Contains("/eds\"", page);
        Assert.Contains("Commission independent advocacy", page); // overdue
        Assert.Contains("/actions?rag=Red", page);
        Assert.Contains("Being the only one in the room", page); // the lead reads every story
    }

    [Fact]
    public async Task A_board_member_sees_released_results_only()
    {
        var page = System.Net.WebUtility.HtmlDecode(await (await app.SignedInAsync(Demo.NedAudit)).GetPageAsync("/dashboard"));
        // The open cycle's results are not released, so the board sees the last released cycle against the one before.
        Assert.Contains("Mean scores out of 3 for 2025/26, against 2024/25", page);
        Assert.DoesNotContain("Being the only one in the room", page);
    }

    [Fact]
    public async Task The_trend_page_shows_every_cycle_with_a_chart_for_each_stage()
    {
        var page = await (await app.SignedInAsync(Demo.Lead)).GetPageAsync("/dashboard/trend");
        Assert.Contains("2024/25", page);
        Assert.Contains("2026/27", page);
        Assert.Contains("trend-bars-5", page); // five stages and the overall line
        var member = await (await app.SignedInAsync(Demo.NedAudit)).GetPageAsync("/dashboard/trend");
        Assert.DoesNotContain("2026/27", member);
    }

    [Fact]
    public async Task Pages_do_not_depend_on_javascript_or_inline_script_or_style()
    {
        var lead = await app.SignedInAsync(Demo.Lead);
        var id = await app.DemoActionIdAsync("Reverse mentoring");
        foreach (var url in new[] { "/dashboard", "/dashboard/trend", "/actions", $"/actions/{id}", $"/actions/{id}/edit", "/actions/raise", "/actions/new", "/stories", "/stories/new", "/board-development", "/board-development/new" })
        {
            var response = await lead.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.BodyAsync();
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)", body);
            Assert.DoesNotContain(" style=\"", body);
            Assert.DoesNotContain(" onclick=", body);
        }
    }
}
