using System.Net;
using IncLead.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Eds;

public sealed class WorkspaceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Starting_eds_2022_lists_the_eleven_outcomes_with_their_status_and_the_unconfirmed_wording_flag()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.CreateOpenCycleAsync("Start 2022", Demo.FinanceDirector);
        var start = await lead.GetPageAsync($"/cycles/{cycleId}/eds");
        Assert.Contains("Start EDS grading", start);

        var refused = await lead.SubmitAsync($"/cycles/{cycleId}/eds", $"/cycles/{cycleId}/eds/start", [new("FrameworkId", "999999"), new("EdsLeadName", ""), new("BoardSponsorName", "x")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.BodyAsync();
        Assert.Contains("Choose the EDS framework version to grade against", html);
        Assert.Contains("Enter the name of the EDS lead", html);
        Assert.Equal(0, await app.QueryAsync(db => db.EdsAssessments.IgnoreQueryFilters().CountAsync(a => a.CycleId == cycleId, Ct)));

        var frameworkId = await app.QueryAsync(db => db.Frameworks.Where(f => f.Code == "eds2022").Select(f => f.Id).FirstAsync(Ct));
        var noService = await lead.SubmitAsync($"/cycles/{cycleId}/eds", $"/cycles/{cycleId}/eds/start", [new("FrameworkId", EdsDemo.Id(frameworkId)), new("EdsLeadName", "Jordan Ellis"), new("BoardSponsorName", "Grace Mensah")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noService.StatusCode);
        Assert.Contains("Enter at least one service assessed for Domain 1", await noService.BodyAsync());

        var started = await lead.SubmitAsync($"/cycles/{cycleId}/eds", $"/cycles/{cycleId}/eds/start",
            [new("FrameworkId", EdsDemo.Id(frameworkId)), new("EdsLeadName", "Jordan Ellis"), new("BoardSponsorName", "Grace Mensah"), new("Services[0]", "Maternity")]);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var page = await lead.GetPageAsync($"/cycles/{cycleId}/eds");
        foreach (var code in new[] { "1A", "1B", "1C", "1D", "2A", "2B", "2C", "2D", "3A", "3B", "3C" }) Assert.Contains($">{code}</a>", page);
        Assert.Equal(11, CountOf(page, ">No evidence</strong>"));
        Assert.Contains("Wording to be confirmed", page);
        Assert.Contains("0 of 11 outcomes have an agreed score", page);
        Assert.Contains("eds.assessment-started", await app.AuditActionsAsync());
    }

    [Fact]
    public async Task Eds2_grades_eighteen_outcomes_in_four_goals_with_their_colours_and_no_totals()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.CreateOpenCycleAsync("Start EDS2", Demo.FinanceDirector);
        var frameworkId = await app.QueryAsync(db => db.Frameworks.Where(f => f.Code == "eds2").Select(f => f.Id).FirstAsync(Ct));
        var started = await lead.SubmitAsync($"/cycles/{cycleId}/eds", $"/cycles/{cycleId}/eds/start",
            [new("FrameworkId", EdsDemo.Id(frameworkId)), new("EdsLeadName", "Jordan Ellis"), new("BoardSponsorName", "Grace Mensah")]);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);

        var url = $"/cycles/{cycleId}/eds/outcomes/{await app.OutcomeIdAsync(cycleId, "3.4")}/agreed";
        var saved = await lead.SubmitAsync(url, url, [new("Form.Score", "3"), new("Form.Rationale", "All groups fare as well"), new("Form.AgreedOn", "2026-12-01"), new("Form.Present", "Panel"), new("Form.Version", "")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await lead.GetPageAsync($"/cycles/{cycleId}/eds");
        Assert.Equal(18, CountOf(page, "/eds/outcomes/"));
        foreach (var goal in new[] { "G1", "G2", "G3", "G4" }) Assert.Contains($"id=\"domain-{goal}\"", page);
        Assert.Contains("nhsuk-tag--purple\">Excelling (3)", page);
        Assert.Contains("has no domain totals or overall rating", page);
        Assert.DoesNotContain("organisation-total", page);
    }

    [Fact]
    public async Task The_demo_cycles_carry_eds_grades_evidence_and_a_pending_panellist()
    {
        var lead = await app.LeadAsync();
        var past = await lead.GetPageAsync($"/cycles/{await app.CycleIdAsync("2025/26")}/eds");
        Assert.Contains("11 of 11 outcomes have an agreed score", past);
        Assert.Contains("out of 33", past);
        var current = await app.OpenCycleIdAsync();
        Assert.Contains("Evidence gathered", await lead.GetPageAsync($"/cycles/{current}/eds"));
        var panel = await lead.GetPageAsync($"/cycles/{current}/eds/panel");
        Assert.Contains("Asha Patel, Riverside Healthwatch", panel);
        Assert.Contains("Works until", panel);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
