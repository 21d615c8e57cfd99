using System.Net;
using IncLead.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Eds;

public sealed class AgreedScoreTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<KeyValuePair<string, string>> Agreement(string rationale, string? score = null, Guid? version = null, params (int ServiceId, string Score)[] services)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.Rationale", rationale), new("Form.AgreedOn", "2026-12-01"), new("Form.Present", "Healthwatch, staff networks, Director of Nursing"),
            new("Form.Version", version?.ToString() ?? ""),
        };
        if (score is not null) fields.Add(new("Form.Score", score));
        foreach (var (i, (serviceId, value)) in services.Index())
        {
            fields.Add(new($"Form.ServiceIds[{i}]", EdsDemo.Id(serviceId)));
            fields.Add(new($"Form.ServiceScores[{i}]", value));
        }
        return fields;
    }

    private Task<List<int>> ServiceIdsAsync(int cycleId) => app.QueryAsync(db =>
        db.EdsServices.Where(s => db.EdsAssessments.IgnoreQueryFilters().Any(a => a.Id == s.AssessmentId && a.CycleId == cycleId)).OrderBy(s => s.Number).Select(s => s.Id).ToListAsync(Ct));

    [Fact]
    public async Task Agreeing_every_outcome_gives_domain_totals_and_the_organisation_rating()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, "Totals", "Emergency department", "Maternity", "Community mental health");
        var services = await ServiceIdsAsync(cycleId);
        var before = await lead.GetPageAsync($"/cycles/{cycleId}/eds");
        Assert.Contains("Not yet: every outcome needs an agreed score", before);

        // Domain 1: the three services total 10, 8 and 6, so the median is 8 (Achieving). Domain 2: 8. Domain 3: 6. Organisation: 22 (Achieving).
        string[][] d1 = [["3", "2", "2"], ["3", "2", "2"], ["2", "2", "1"], ["2", "2", "1"]];
        foreach (var (code, i) in new[] { "1A", "1B", "1C", "1D" }.Select((c, i) => (c, i)))
        {
            var url = $"/cycles/{cycleId}/eds/outcomes/{await app.OutcomeIdAsync(cycleId, code)}/agreed";
            var saved = await lead.SubmitAsync(url, url, Agreement($"Evidence for {code}", null, null, [.. services.Select((s, n) => (s, d1[i][n]))]));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        foreach (var code in new[] { "2A", "2B", "2C", "2D", "3A", "3B", "3C" })
        {
            var url = $"/cycles/{cycleId}/eds/outcomes/{await app.OutcomeIdAsync(cycleId, code)}/agreed";
            Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync(url, url, Agreement($"Evidence for {code}", "2"))).StatusCode);
        }

        var page = await lead.GetPageAsync($"/cycles/{cycleId}/eds");
        Assert.Contains("11 of 11 outcomes have an agreed score", page);
        Assert.Matches("id=\"total-D1\">\\s*8 out of 12", page);
        Assert.Contains("Emergency department 10, Maternity 8, Community mental health 6", page);
        Assert.Matches("id=\"total-D2\">\\s*8 out of 12", page);
        Assert.Matches("id=\"total-D3\">\\s*6 out of 9", page);
        Assert.Contains("id=\"organisation-total\">22 out of 33", page);
        Assert.Matches("id=\"organisation-rating\">\\s*<strong class=\"nhsuk-tag nhsuk-tag--green\">Achieving activity", page);
        var prefix = $"{cycleId}/";
        Assert.Equal(11, await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Action == "eds.score-agreed" && a.TargetId.StartsWith(prefix), Ct)));
    }

    public static TheoryData<string> OffScale => new() { "4", "-1", "x", "", "3.5", "9" };

    [Theory]
    [MemberData(nameof(OffScale))]
    public async Task A_score_outside_the_scale_is_refused_with_422_and_changes_nothing(string score)
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, $"Off scale '{score}'");
        var single = $"/cycles/{cycleId}/eds/outcomes/{await app.OutcomeIdAsync(cycleId, "2A")}/agreed";
        var response = await lead.SubmitAsync(single, single, Agreement("Rationale", score));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.Contains("nhsuk-error-summary", html);
        Assert.Contains("href=\"#Form-Score\"", html);

        var service = (await ServiceIdsAsync(cycleId))[0];
        var perService = $"/cycles/{cycleId}/eds/outcomes/{await app.OutcomeIdAsync(cycleId, "1A")}/agreed";
        var refused = await lead.SubmitAsync(perService, perService, Agreement("Rationale", null, null, (service, score)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Emergency department", await refused.BodyAsync());
        Assert.Equal(0, await app.QueryAsync(db => db.EdsOutcomeGrades.IgnoreQueryFilters().CountAsync(g => db.EdsAssessments.IgnoreQueryFilters().Any(a => a.Id == g.AssessmentId && a.CycleId == cycleId), Ct)));
    }

    [Fact]
    public async Task Two_people_saving_the_same_score_get_a_conflict_that_shows_both_versions_and_keeps_the_first()
    {
        var first = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(first, "Conflict");
        var url = $"/cycles/{cycleId}/eds/outcomes/{await app.OutcomeIdAsync(cycleId, "3A")}/agreed";
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(url, url, Agreement("Agreed at the grading event", "1"))).StatusCode);
        var version = await app.QueryAsync(db => db.EdsOutcomeGrades.IgnoreQueryFilters().Where(g => db.EdsAssessments.IgnoreQueryFilters().Any(a => a.Id == g.AssessmentId && a.CycleId == cycleId)).Select(g => g.Version).SingleAsync(Ct));

        // Both open the form at this version; the first saves a change, the second saves from the stale version.
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(url, url, Agreement("Raised after new survey data", "2", version))).StatusCode);
        var second = await app.LeadAsync();
        var stale = await second.SubmitAsync(url, url, Agreement("Lowered: the panel disagreed", "0", version));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var html = await stale.BodyAsync();
        Assert.Contains("Someone else saved the agreed score", html);
        Assert.Contains("Raised after new survey data", html);
        Assert.Contains("Lowered: the panel disagreed", html);
        var kept = await app.QueryAsync(db => db.EdsOutcomeGrades.IgnoreQueryFilters().SingleAsync(g => db.EdsAssessments.IgnoreQueryFilters().Any(a => a.Id == g.AssessmentId && a.CycleId == cycleId), Ct));
        Assert.Equal(2, kept.Score);

        // Saving again from the conflict page, now based on their version, replaces it.
        var replaced = await second.SubmitAsync(url, url, Agreement("Lowered: the panel disagreed", "0", kept.Version));
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.EdsOutcomeGrades.IgnoreQueryFilters().Where(g => g.Id == kept.Id).Select(g => g.Score).SingleAsync(Ct)));
        Assert.Contains("eds.score-changed", await app.AuditActionsAsync());
    }

    [Fact]
    public async Task Removing_a_service_deletes_its_scores_and_reopens_domain_1()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, "Service removed", "Emergency department", "Maternity");
        var services = await ServiceIdsAsync(cycleId);
        var url = $"/cycles/{cycleId}/eds/outcomes/{await app.OutcomeIdAsync(cycleId, "1A")}/agreed";
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync(url, url, Agreement("Both services", null, null, (services[0], "2"), (services[1], "3")))).StatusCode);

        var details = $"/cycles/{cycleId}/eds/details";
        var saved = await lead.SubmitAsync(details, details, [new("EdsLeadName", "Jordan Ellis"), new("BoardSponsorName", "Grace Mensah"), new("Services[0]", "Emergency department"), new("Services[1]", "")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var scores = await app.QueryAsync(db => db.EdsServiceScores.Where(s => services.Contains(s.ServiceId)).Select(s => s.ServiceId).ToListAsync(Ct));
        Assert.Equal([services[0]], scores);
    }
}
