using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Cycles;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Cycles;

public sealed class CycleTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<KeyValuePair<string, string>>> FormAsync(string name, string opens, string closes, params string[] respondentEmails)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Name", name), new("OpensOn", opens), new("ClosesOn", closes),
            new("FrameworkId", (await app.QueryAsync(db => db.Frameworks.Where(f => f.Code == "inclead").Select(f => f.Id).FirstAsync(Ct))).ToString()) };
        foreach (var email in respondentEmails) fields.Add(new("RespondentUserIds", await app.UserIdAsync(email)));
        return fields;
    }

    [Theory]
    [InlineData("Backwards", "2026-11-30", "2026-11-02", "The close date must be the same as or after the open date")]
    [InlineData("Not a date", "2026-13-45", "2026-11-30", "The open date must be a real date")]
    [InlineData("", "2026-11-02", "2026-11-30", "Enter a name for the cycle")]
    public async Task Bad_cycle_details_are_refused_with_a_message_and_nothing_is_created(string name, string opens, string closes, string message)
    {
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        var before = await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().CountAsync(Ct));
        var response = await lead.SubmitAsync("/cycles/new", "/cycles/new", await FormAsync(name, opens, closes, Demo.Chair));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("nhsuk-error-summary", html);
        Assert.Contains(message, html);
        Assert.Equal(before, await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().CountAsync(Ct)));
    }

    [Fact]
    public async Task Respondents_must_be_board_members_of_the_organisation()
    {
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        var fields = await FormAsync("Wrong people", "2026-11-02", "2026-11-30");
        fields.Add(new("RespondentUserIds", await app.UserIdAsync(IncLead.Web.Data.Seed.DemoData.TrustAdminEmail)));
        var response = await lead.SubmitAsync("/cycles/new", "/cycles/new", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Respondents must be active board members", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Opening_a_cycle_emails_each_respondent_an_invitation()
    {
        var cycleId = await app.CreateOpenCycleAsync("Invitations", Demo.Chair, Demo.NedAudit);
        var mail = await app.DeliverMailAsync();
        Assert.Equal(2, mail.Count(m => m.Contains("Invitations is open", StringComparison.Ordinal) && m.Contains($"/respond/{cycleId}", StringComparison.Ordinal)));
        Assert.Contains("cycle.opened", await app.AuditActionsAsync());
    }

    [Fact]
    public async Task The_lead_sees_completion_and_reminds_only_those_not_finished()
    {
        var cycleId = await app.OpenDemoCycleIdAsync();
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        var page = await lead.GetPageAsync($"/cycles/{cycleId}/completion");
        Assert.Contains("2 of 8 respondents have completed all five stages", page);
        Assert.Contains("Margaret Okafor", page);

        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync($"/cycles/{cycleId}/completion", $"/cycles/{cycleId}/completion/remind", [])).StatusCode);
        var reminders = (await app.DeliverMailAsync()).Where(m => m.Contains("Reminder:", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, reminders.Count);
    }

    [Fact]
    public async Task Board_members_cannot_run_cycles_or_see_completion()
    {
        var cycleId = await app.OpenDemoCycleIdAsync();
        var member = Browser.For(app);
        await member.SignInAsync(Demo.NedAudit);
        foreach (var url in new[] { "/cycles", $"/cycles/{cycleId}/completion", $"/cycles/{cycleId}/positions" })
        {
            // The policy refuses them; the cookie handler sends the person to the access-denied page (which answers 403).
            var response = await member.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task Another_organisations_cycle_answers_404_everywhere()
    {
        var otherId = await app.QueryAsync(async db =>
        {
            var other = new Organisation("Elsewhere NHS Trust", OrganisationType.NhsTrust, "ZEL", "London", false, DateTime.UtcNow);
            db.Organisations.Add(other);
            await db.SaveChangesAsync(Ct);
            var framework = await db.Frameworks.Where(f => f.Code == "inclead").Select(f => f.Id).FirstAsync(Ct);
            var cycle = new Cycle(other.Id, "Theirs", framework, DateTime.UtcNow, DateTime.UtcNow.AddDays(10), null, DateTime.UtcNow);
            cycle.Open(DateTime.UtcNow);
            db.Cycles.Add(cycle);
            await db.SaveChangesAsync(Ct);
            return cycle.Id;
        });
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        foreach (var url in new[] { $"/cycles/{otherId}", $"/cycles/{otherId}/completion", $"/cycles/{otherId}/results", $"/cycles/{otherId}/consensus", $"/cycles/{otherId}/trend", $"/cycles/{otherId}/positions", $"/cycles/{otherId}/sign-off" })
            Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(url)).StatusCode);
        var member = Browser.For(app);
        await member.SignInAsync(Demo.Chair);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/respond/{otherId}/stages/1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.SubmitAsync("/cycles", $"/cycles/{otherId}/close", [])).StatusCode);
    }
}
