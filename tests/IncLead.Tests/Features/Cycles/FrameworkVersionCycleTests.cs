using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using IncLead.Tests.Support;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Cycles;

/// <summary>New cycles use the newest framework version; old cycles keep theirs; a version is fixed once anyone has answered.</summary>
public sealed partial class FrameworkVersionCycleTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> VersionIdAsync(string version) => app.QueryAsync(db => db.Frameworks.Where(f => f.Code == "inclead" && f.Version == version).Select(f => f.Id).SingleAsync(Ct));

    [GeneratedRegex("""<input[^>]*name="FrameworkId"[^>]*>""")]
    private static partial Regex FrameworkRadio();

    private static string? CheckedFramework(string html) =>
        FrameworkRadio().Matches(html).Select(m => m.Value).Where(i => i.Contains("checked", StringComparison.Ordinal))
            .Select(i => Regex.Match(i, "value=\"(\\d+)\"").Groups[1].Value).SingleOrDefault();

    [Fact]
    public async Task The_demo_has_its_signed_off_years_on_2012_1_and_the_open_cycle_on_2012_2()
    {
        string[] demo = ["2024/25", "2025/26", "2026/27"];
        var cycles = await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters()
            .Where(c => db.Organisations.Any(o => o.Id == c.OrganisationId && o.OdsCode == IncLead.Web.Data.Seed.DemoData.OdsCode) && demo.Contains(c.Name))
            .OrderBy(c => c.CreatedAt)
            .Select(c => new { c.State, Version = db.Frameworks.Where(f => f.Id == c.FrameworkId).Select(f => f.Version).First() }).ToListAsync(Ct));
        Assert.Equal(["2012.1", "2012.1", "2012.2"], cycles.Select(c => c.Version));
        Assert.Equal(CycleState.Open, cycles[^1].State);
    }

    [Fact]
    public async Task A_new_cycle_started_from_last_year_defaults_to_the_newest_version()
    {
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        var lastYear = await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters()
            .Where(c => c.Name == "2025/26" && db.Organisations.Any(o => o.Id == c.OrganisationId && o.OdsCode == IncLead.Web.Data.Seed.DemoData.OdsCode)).Select(c => c.Id).SingleAsync(Ct));
        var html = await lead.GetPageAsync($"/cycles/new?from={lastYear}");
        Assert.Equal((await VersionIdAsync("2012.2")).ToString(CultureInfo.InvariantCulture), CheckedFramework(html));
        Assert.Equal((await VersionIdAsync("2012.2")).ToString(CultureInfo.InvariantCulture), CheckedFramework(await lead.GetPageAsync("/cycles/new")));
    }

    [Fact]
    public async Task A_draft_may_change_version_until_anyone_has_answered()
    {
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        var old = (await VersionIdAsync("2012.1")).ToString(CultureInfo.InvariantCulture);
        var newest = (await VersionIdAsync("2012.2")).ToString(CultureInfo.InvariantCulture);
        var chairId = await app.UserIdAsync(Demo.Chair);
        List<KeyValuePair<string, string>> Form(string framework) =>
            [new("Name", "Version test"), new("OpensOn", "2027-01-04"), new("ClosesOn", "2027-01-29"), new("FrameworkId", framework), new("RespondentUserIds", chairId)];

        var created = await lead.SubmitAsync("/cycles/new", "/cycles/new", Form(old));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync($"/cycles/{id}/edit", $"/cycles/{id}/edit", Form(newest))).StatusCode);
        Assert.Equal(newest, (await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.FrameworkId).SingleAsync(Ct))).ToString(CultureInfo.InvariantCulture));

        // An answer against this draft (as if it had been open) fixes the version for good.
        await app.QueryAsync(async db =>
        {
            var cycle = await db.Cycles.IgnoreQueryFilters().SingleAsync(c => c.Id == id, Ct);
            var respondent = await db.Respondents.IgnoreQueryFilters().FirstAsync(r => r.CycleId == id, Ct);
            var statement = await db.Stages.Where(s => s.FrameworkId == cycle.FrameworkId).SelectMany(s => s.Factors).SelectMany(f => f.Statements).Select(s => s.Id).FirstAsync(Ct);
            db.Answers.Add(new Answer(cycle.OrganisationId, id, respondent.Id, statement, Rating.Achieving, null, DateTime.UtcNow));
            return await db.SaveChangesAsync(Ct);
        });
        var refused = await lead.SubmitAsync($"/cycles/{id}/edit", $"/cycles/{id}/edit", Form(old));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("The framework version cannot be changed once anyone has answered", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal(newest, (await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.FrameworkId).SingleAsync(Ct))).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Reviewers_see_each_element_with_the_statements_that_cover_it()
    {
        var member = Browser.For(app);
        await member.SignInAsync(Demo.NedAudit);
        var html = System.Net.WebUtility.HtmlDecode(await member.GetPageAsync($"/frameworks/{await VersionIdAsync("2012.2")}/coverage"));
        Assert.Contains("What each statement covers", html);
        Assert.Contains("Personal qualities matrix, Personal integrity: Resilience that enables them to push harder", html);
        Assert.Contains("S2.F3.15", html);
        Assert.Contains("Essential Shared Capability 9: Promoting safety and positive risk taking", html);
        var eds = await member.Client.GetAsync($"/frameworks/{await app.QueryAsync(db => db.Frameworks.Where(f => f.Code == "eds2022").Select(f => f.Id).FirstAsync(Ct))}/coverage", Ct);
        Assert.Equal(HttpStatusCode.NotFound, eds.StatusCode);
    }
}
