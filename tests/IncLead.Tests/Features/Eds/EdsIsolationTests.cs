using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Eds;

/// <summary>The demo trust plus Hilltop, whose equality lead has graded, evidenced, invited a panellist and published through the pages.</summary>
public sealed class HilltopEdsFactory : AppFactory, IAsyncLifetime
{
    public const string HilltopLead = "lead@hilltop.example";
    public const string Password = "Hilltop-secret-phrase-9";
    public int CycleId { get; private set; }
    public int OutcomeId { get; private set; }
    public int EvidenceId { get; private set; }
    public int PanellistId { get; private set; }
    public string PanelLink { get; private set; } = "";
    public string PublicAddress { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        await this.WithUsersAsync(users => users.CreateAsync(new AppUser { UserName = HilltopLead, Email = HilltopLead, FullName = "Hilary Hilltop", EmailConfirmed = true }, Password));
        CycleId = await this.QueryAsync(async db =>
        {
            var org = new Organisation("Hilltop NHS Trust", OrganisationType.NhsTrust, "ZHT", "North West", false, DateTime.UtcNow);
            org.UpdateProfile(org.Name, org.Type, org.OdsCode, org.Region, false, requireTwoFactorForAdmins: false);
            db.Organisations.Add(org);
            await db.SaveChangesAsync();
            db.Memberships.Add(new Membership(org.Id, db.Users.Single(u => u.Email == HilltopLead).Id, OrganisationRoles.EqualityLead, BoardPosition.None, DateTime.UtcNow));
            var framework = await db.Frameworks.Where(f => f.Code == "inclead").Select(f => f.Id).FirstAsync();
            var cycle = new Cycle(org.Id, "Hilltop 2026", framework, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc), null, DateTime.UtcNow);
            db.Cycles.Add(cycle);
            await db.SaveChangesAsync();
            return cycle.Id;
        });

        var lead = Browser.For(this);
        await lead.SignInAsync(HilltopLead, Password);
        var frameworkId = await this.QueryAsync(db => db.Frameworks.Where(f => f.Code == "eds2022").Select(f => f.Id).FirstAsync());
        await lead.SubmitAsync($"/cycles/{CycleId}/eds", $"/cycles/{CycleId}/eds/start",
            [new("FrameworkId", EdsDemo.Id(frameworkId)), new("EdsLeadName", "Hilary Hilltop"), new("BoardSponsorName", "Hilltop sponsor"), new("Services[0]", "Hilltop A&E")]);
        OutcomeId = await this.OutcomeIdAsync(CycleId, "1A");
        var url = $"/cycles/{CycleId}/eds/outcomes/{OutcomeId}/evidence/new";
        await lead.PostEvidenceAsync(url, url, EdsDemo.EvidenceFields("Hilltop secret evidence", isPublic: true), "hilltop.pdf", TestFiles.Pdf);
        EvidenceId = await this.QueryAsync(db => db.EvidenceItems.IgnoreQueryFilters().Where(i => i.Title == "Hilltop secret evidence").Select(i => i.Id).SingleAsync());
        await lead.SubmitAsync($"/cycles/{CycleId}/eds/panel/invite", $"/cycles/{CycleId}/eds/panel/invite",
            [new("Form.Name", "Hilltop Panellist"), new("Form.Email", "panel@hilltop.example"), new("Form.OutcomeIds", EdsDemo.Id(OutcomeId))]);
        await DeliverMailAsync();
        PanelLink = Mail.LinkIn(Mail.To(MailFolder, "panel@hilltop.example"));
        PanellistId = await this.QueryAsync(db => db.Panellists.IgnoreQueryFilters().Where(p => p.Email == "panel@hilltop.example").Select(p => p.Id).SingleAsync());
        await lead.SubmitAsync($"/cycles/{CycleId}/eds/publish", $"/cycles/{CycleId}/eds/publish", []);
        PublicAddress = "/eds/zht/hilltop-2026";
    }
}

/// <summary>Riverside's equality lead and panellists reach nothing of Hilltop's EDS grading, by any id in any URL.</summary>
public sealed class EdsIsolationTests(HilltopEdsFactory app) : IClassFixture<HilltopEdsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hilltops_own_pages_work_so_the_404s_below_mean_something()
    {
        var hilltop = Browser.For(app);
        await hilltop.SignInAsync(HilltopEdsFactory.HilltopLead, HilltopEdsFactory.Password);
        Assert.Contains("Hilltop secret evidence", await hilltop.GetPageAsync($"/cycles/{app.CycleId}/eds/outcomes/{app.OutcomeId}"));
        Assert.Contains("Hilltop secret evidence", await Browser.For(app).GetPageAsync(app.PublicAddress));
        Assert.Equal(HttpStatusCode.OK, (await Browser.For(app).GetAsync(app.PanelLink)).StatusCode);
    }

    [Fact]
    public async Task Another_organisations_cycle_outcome_evidence_and_panellist_answer_404_to_every_read_and_write()
    {
        var lead = await app.LeadAsync();
        var root = $"/cycles/{app.CycleId}/eds";
        var outcome = $"{root}/outcomes/{app.OutcomeId}";
        foreach (var url in new[]
        {
            root, $"{root}/details", outcome, $"{outcome}/evidence/new", $"{outcome}/evidence/{app.EvidenceId}", $"{outcome}/evidence/{app.EvidenceId}/file",
            $"{outcome}/agreed", $"{root}/panel", $"{root}/panel/invite", $"{root}/engagement", $"{root}/objectives", $"{root}/publish",
        })
        {
            var response = await lead.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url} answered {(int)response.StatusCode}");
            Assert.DoesNotContain("Hilltop secret evidence", await response.BodyAsync());
        }

        var token = Browser.Token(await lead.GetPageAsync("/"));
        foreach (var url in new[]
        {
            $"{root}/start", $"{root}/details", $"{outcome}/evidence/new", $"{outcome}/evidence/{app.EvidenceId}", $"{outcome}/evidence/{app.EvidenceId}/delete",
            $"{outcome}/agreed", $"{root}/panel/invite", $"{root}/panel/{app.PanellistId}/revoke", $"{root}/objectives", $"{root}/publish", $"{root}/unpublish",
            $"{root}/engagement/events/new",
        })
        {
            var response = await lead.Client.PostAsync(url, new FormUrlEncodedContent(
            [
                new("__RequestVerificationToken", token), new("Form.Score", "3"), new("Form.Rationale", "x"), new("Form.AgreedOn", "2026-12-01"), new("Form.Present", "x"),
                new("Form.Title", "x"), new("Form.Text", "x"), new("Form.Publish", "yes"), new("EdsLeadName", "x"), new("BoardSponsorName", "x"),
            ]), Ct);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {url} answered {(int)response.StatusCode}");
        }

        Assert.Equal(1, await app.QueryAsync(db => db.EvidenceItems.IgnoreQueryFilters().CountAsync(i => i.Id == app.EvidenceId, Ct)));
        Assert.Null(await app.QueryAsync(db => db.Panellists.IgnoreQueryFilters().Where(p => p.Id == app.PanellistId).Select(p => p.RevokedAt).SingleAsync(Ct)));
        Assert.Equal(0, await app.QueryAsync(db => db.EdsOutcomeGrades.IgnoreQueryFilters().CountAsync(g => db.EdsAssessments.IgnoreQueryFilters().Any(a => a.Id == g.AssessmentId && a.CycleId == app.CycleId), Ct)));
        Assert.Equal(HttpStatusCode.OK, (await Browser.For(app).GetAsync(app.PublicAddress)).StatusCode);
    }

    [Fact]
    public async Task Another_organisations_evidence_id_under_your_own_cycle_answers_404()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.CycleIdAsync("2026/27");
        var ownOutcome = await app.OutcomeIdAsync(cycleId, "1A");
        var url = $"/cycles/{cycleId}/eds/outcomes/{ownOutcome}/evidence/{app.EvidenceId}";
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"{url}/file")).StatusCode);
    }

    [Fact]
    public async Task A_panellist_of_one_organisation_cannot_reach_another_organisations_evidence()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.CycleIdAsync("2026/27");
        var outcome = await app.OutcomeIdAsync(cycleId, "1A");
        await lead.SubmitAsync($"/cycles/{cycleId}/eds/panel/invite", $"/cycles/{cycleId}/eds/panel/invite",
            [new("Form.Name", "Riverside Panellist"), new("Form.Email", "panel@riverside-community.example"), new("Form.OutcomeIds", EdsDemo.Id(outcome))]);
        await app.DeliverMailAsync();
        var riversideLink = Mail.LinkIn(Mail.To(app.MailFolder, "panel@riverside-community.example"));
        var riversideEvidence = await app.QueryAsync(db => db.EvidenceItems.IgnoreQueryFilters().Where(i => i.FileName != null && db.EdsAssessments.IgnoreQueryFilters().Any(a => a.Id == i.AssessmentId && a.CycleId == cycleId)).Select(i => i.Id).FirstAsync(Ct));

        var panellist = Browser.For(app);
        Assert.Equal(HttpStatusCode.OK, (await panellist.GetAsync($"{riversideLink}/evidence/{riversideEvidence}")).StatusCode);
        var foreign = await panellist.GetAsync($"{riversideLink}/evidence/{app.EvidenceId}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        // The same outcome of the shared framework, through Riverside's link, shows Riverside's evidence only.
        var page = await panellist.GetPageAsync($"{riversideLink}/outcomes/{outcome}");
        Assert.DoesNotContain("Hilltop", page);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.For(app).GetAsync($"{app.PanelLink}/evidence/{riversideEvidence}")).StatusCode);
    }

    [Fact]
    public async Task One_organisations_public_address_never_shows_anothers_summary()
    {
        var reader = Browser.For(app);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/eds/zrv/hilltop-2026")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/eds/zht/2025-26")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/eds/zrv/2025-26/evidence/{app.EvidenceId}")).StatusCode);
    }
}
