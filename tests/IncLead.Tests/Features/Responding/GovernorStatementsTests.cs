using System.Globalization;
using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Responding;

/// <summary>
/// Framework 2012.2's Council of Governors statements (S1.F5.01 and S1.F5.02, <c>appliesTo: NhsFoundationTrust</c>) are
/// asked only of foundation trusts and of organisations that say they have a Council of Governors (decision 0027). The
/// tests change the demo organisation's profile, so they run in their own app and one at a time.
/// </summary>
public sealed class GovernorStatementsTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly string[] GovernorCodes = ["S1.F5.01", "S1.F5.02"];

    private Task SetProfileAsync(OrganisationType type, bool hasCouncilOfGovernors) => app.QueryAsync(async db =>
    {
        var organisation = await db.Organisations.IgnoreQueryFilters().SingleAsync(o => o.OdsCode == IncLead.Web.Data.Seed.DemoData.OdsCode, Ct);
        organisation.UpdateProfile(organisation.Name, type, organisation.OdsCode, organisation.Region, hasCouncilOfGovernors, organisation.RequireTwoFactorForAdmins);
        return await db.SaveChangesAsync(Ct);
    });

    /// <summary>Creates and opens a cycle on framework 2012.2 through the real pages, with one respondent.</summary>
    private async Task<int> OpenCycleOn2012_2Async(string name, string respondent)
    {
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        var frameworkId = await app.QueryAsync(db => db.Frameworks.Where(f => f.Code == "inclead" && f.Version == "2012.2").Select(f => f.Id).SingleAsync(Ct));
        var created = await lead.SubmitAsync("/cycles/new", "/cycles/new",
        [
            new("Name", name), new("OpensOn", "2026-11-02"), new("ClosesOn", "2026-11-30"),
            new("FrameworkId", frameworkId.ToString(CultureInfo.InvariantCulture)), new("RespondentUserIds", await app.UserIdAsync(respondent)),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync($"/cycles/{id}", $"/cycles/{id}/open", new Dictionary<string, string>())).StatusCode);
        return id;
    }

    private Task<List<(int Id, string Code)>> Stage1StatementsAsync(int cycleId) => app.QueryAsync(async db =>
    {
        var frameworkId = await db.Cycles.IgnoreQueryFilters().Where(c => c.Id == cycleId).Select(c => c.FrameworkId).SingleAsync(Ct);
        var rows = await IncLead.Web.Features.Cycles.FrameworkOutline.LoadAsync(db, [frameworkId], 1, Ct);
        return rows.Select(r => (r.StatementId, r.StatementCode)).ToList();
    });

    private Task<int> AnswerCountAsync(int cycleId) => app.QueryAsync(db => db.Answers.IgnoreQueryFilters().CountAsync(a => a.CycleId == cycleId, Ct));

    [Fact]
    public async Task An_nhs_trust_without_governors_is_never_asked_them_and_can_complete_stage_1_without_them()
    {
        await SetProfileAsync(OrganisationType.NhsTrust, hasCouncilOfGovernors: false);
        var cycleId = await OpenCycleOn2012_2Async("No governors", Demo.FinanceDirector);
        var all = await Stage1StatementsAsync(cycleId);
        var governors = all.Where(s => GovernorCodes.Contains(s.Code)).ToList();
        var asked = all.Except(governors).ToList();
        Assert.Equal(2, governors.Count);

        var member = Browser.For(app);
        await member.SignInAsync(Demo.FinanceDirector);
        var page = string.Concat(await member.FactorPagesAsync($"/respond/{cycleId}/stages/1"));
        Assert.Contains(asked[0].Code, page);
        Assert.Contains(asked[^1].Code, page);
        Assert.DoesNotContain("S1.F5", page);
        Assert.DoesNotContain("Council of Governors", page);
        Assert.Matches($"id=\"stage-1-hint\"[^>]*>[^<]*, {asked.Count} statements", await member.GetPageAsync($"/respond/{cycleId}"));

        // A crafted post answering a governor statement is refused, on the stage form and by autosave, and saves nothing.
        var crafted = await member.SubmitAsync($"/respond/{cycleId}/stages/1/factors/5", $"/respond/{cycleId}/stages/1/factors/5",
            [new("Answers[0].StatementId", governors[0].Id.ToString(CultureInfo.InvariantCulture)), new("Answers[0].Rating", "2")]);
        Assert.Equal(HttpStatusCode.NotFound, crafted.StatusCode);
        var autosaved = await member.AutosaveAsync($"/respond/{cycleId}/stages/1/factors/1", $"/respond/{cycleId}/answers",
            [new("StatementId", governors[1].Id.ToString(CultureInfo.InvariantCulture)), new("Rating", "2")]);
        Assert.Equal(HttpStatusCode.NotFound, autosaved.StatusCode);
        Assert.Equal(0, await AnswerCountAsync(cycleId));

        // Every statement it is asked, answered, and "complete": accepted with the governor statements unanswered.
        var completed = await member.AnswerStageAsync($"/respond/{cycleId}/stages/1", _ => "2", [new("Completed", "yes")]);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Equal(asked.Count, await AnswerCountAsync(cycleId));
        Assert.Equal(1, await app.QueryAsync(db => db.StageCompletions.IgnoreQueryFilters().CountAsync(c => db.Respondents.Any(r => r.Id == c.RespondentId && r.CycleId == cycleId), Ct)));

        // Results, the board pack and its Word copy never report on them (not as unanswered, not as "no answers").
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        var results = await lead.GetPageAsync($"/cycles/{cycleId}/results/stages/1");
        Assert.Contains(asked[0].Code, results);
        Assert.DoesNotContain("S1.F5", results);
        Assert.DoesNotContain("S1.F5", await lead.GetPageAsync($"/cycles/{cycleId}/consensus"));
        var pack = await lead.GetAsync($"/cycles/{cycleId}/reports/board-pack.pdf");
        Assert.Equal(HttpStatusCode.OK, pack.StatusCode);
        var text = ReportPdf.Text(await pack.Content.ReadAsByteArrayAsync(Ct));
        // The pack names the stage's other factors (its every-statement appendix appears only across framework versions).
        Assert.Contains(asked[0].Code[..asked[0].Code.LastIndexOf('.')] + " ", text);
        Assert.DoesNotContain("S1.F5.0", text);
    }

    [Theory]
    [InlineData(OrganisationType.NhsFoundationTrust, false)]
    [InlineData(OrganisationType.NhsTrust, true)]
    public async Task A_foundation_trust_or_an_organisation_with_governors_is_asked_them_and_must_answer_them(OrganisationType type, bool hasCouncilOfGovernors)
    {
        await SetProfileAsync(type, hasCouncilOfGovernors);
        var cycleId = await OpenCycleOn2012_2Async($"Governors {type} {hasCouncilOfGovernors}", Demo.FinanceDirector);
        var all = await Stage1StatementsAsync(cycleId);
        var asked = all.Where(s => !GovernorCodes.Contains(s.Code)).ToList();

        var member = Browser.For(app);
        await member.SignInAsync(Demo.FinanceDirector);
        var page = string.Concat(await member.FactorPagesAsync($"/respond/{cycleId}/stages/1"));
        foreach (var code in GovernorCodes) Assert.Contains(code, page);
        Assert.Matches($"id=\"stage-1-hint\"[^>]*>[^<]*, {all.Count} statements", await member.GetPageAsync($"/respond/{cycleId}"));

        // Leaving them unanswered is a gap: "complete" is refused on the last page, and nothing of that page is saved.
        var governorIds = all.Where(s => GovernorCodes.Contains(s.Code)).Select(s => s.Id).ToHashSet();
        var refused = await member.AnswerStageAsync($"/respond/{cycleId}/stages/1", id => governorIds.Contains(id) ? "" : "2", [new("Completed", "yes")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains($"/respond/{cycleId}/stages/1/factors/5#statement-{all.Single(s => s.Code == "S1.F5.01").Id}\">Answer the 2 statements left in ", await refused.Content.ReadAsStringAsync(Ct));
        var lastFactor = asked[^1].Code[..asked[^1].Code.LastIndexOf('.')];
        Assert.Equal(asked.Count(s => !s.Code.StartsWith(lastFactor + ".", StringComparison.Ordinal)), await AnswerCountAsync(cycleId));

        var saved = await member.AutosaveAsync($"/respond/{cycleId}/stages/1/factors/1", $"/respond/{cycleId}/answers",
            [new("StatementId", all.Single(s => s.Code == "S1.F5.01").Id.ToString(CultureInfo.InvariantCulture)), new("Rating", "1")]);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
    }

    [Fact]
    public void The_rule_takes_either_the_type_or_the_council_of_governors()
    {
        var foundationTrusts = Applicability.Of([OrganisationType.NhsFoundationTrust]);
        Assert.True(Applicability.Applies(foundationTrusts, Applicability.Kinds(OrganisationType.NhsFoundationTrust, false)));
        Assert.True(Applicability.Applies(foundationTrusts, Applicability.Kinds(OrganisationType.Other, true)));
        Assert.False(Applicability.Applies(foundationTrusts, Applicability.Kinds(OrganisationType.NhsTrust, false)));
        Assert.False(Applicability.Applies(foundationTrusts, Applicability.Kinds(OrganisationType.IntegratedCareBoard, false)));
        Assert.True(Applicability.Applies(Applicability.Everyone, Applicability.Kinds(OrganisationType.NhsTrust, false)));
    }
}
