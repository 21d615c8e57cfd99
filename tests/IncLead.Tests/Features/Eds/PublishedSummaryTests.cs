using System.Net;
using IncLead.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Eds;

public sealed class PublishedSummaryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> EvidenceAsync(Browser lead, int cycleId, string code, string title, bool isPublic)
    {
        var url = $"/cycles/{cycleId}/eds/outcomes/{await app.OutcomeIdAsync(cycleId, code)}/evidence/new";
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostEvidenceAsync(url, url, EdsDemo.EvidenceFields(title, isPublic), "file.pdf", TestFiles.Pdf)).StatusCode);
        return await app.QueryAsync(db => db.EvidenceItems.IgnoreQueryFilters().Where(i => i.Title == title).Select(i => i.Id).SingleAsync(Ct));
    }

    private async Task ObjectiveAsync(Browser lead, int cycleId, string text, bool publish)
    {
        var url = $"/cycles/{cycleId}/eds/objectives";
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync(url, url, [new("Form.Text", text), new("Form.Publish", publish ? "yes" : "no")])).StatusCode);
    }

    private async Task<string> PublishAsync(Browser lead, int cycleId)
    {
        var published = await lead.SubmitAsync($"/cycles/{cycleId}/eds/publish", $"/cycles/{cycleId}/eds/publish", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var slug = await app.QueryAsync(db => db.EdsAssessments.IgnoreQueryFilters().Where(a => a.CycleId == cycleId).Select(a => a.PublicSlug).SingleAsync(Ct));
        return $"/eds/zrv/{slug}";
    }

    [Fact]
    public async Task The_public_page_shows_exactly_what_was_published_to_a_signed_out_reader()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, "Published 2027/28");
        var publicEvidence = await EvidenceAsync(lead, cycleId, "2B", "Staff survey harassment analysis", isPublic: true);
        var privateEvidence = await EvidenceAsync(lead, cycleId, "2B", "Confidential grievance log", isPublic: false);
        await ObjectiveAsync(lead, cycleId, "Halve the harassment gap for minority ethnic staff", publish: true);
        await ObjectiveAsync(lead, cycleId, "Internal objective about a named manager", publish: false);

        var invite = $"/cycles/{cycleId}/eds/panel/invite";
        await lead.SubmitAsync(invite, invite, [new("Form.Name", "Priya Panellist-Secret"), new("Form.Email", "priya@network.example"), new("Form.OutcomeIds", EdsDemo.Id(await app.OutcomeIdAsync(cycleId, "2B")))]);
        await app.DeliverMailAsync();
        var link = Mail.LinkIn(Mail.To(app.MailFolder, "priya@network.example"));
        var outcome = $"{link}/outcomes/{await app.OutcomeIdAsync(cycleId, "2B")}";
        await Browser.For(app).SubmitAsync(outcome, outcome, [new("Form.Score", "1"), new("Form.Comment", "Panel comment that stays private")]);

        var agree = $"/cycles/{cycleId}/eds/outcomes/{await app.OutcomeIdAsync(cycleId, "2B")}/agreed";
        await lead.SubmitAsync(agree, agree, [new("Form.Score", "1"), new("Form.Rationale", "Harassment is higher for minority ethnic staff; published rationale."),
            new("Form.AgreedOn", "2026-12-01"), new("Form.Present", "Present-list that stays private"), new("Form.Version", "")]);

        var address = await PublishAsync(lead, cycleId);
        Assert.Equal("/eds/zrv/published-2027-28", address);

        var reader = Browser.For(app);
        var page = await reader.GetPageAsync(address);
        Assert.Contains("Riverside NHS Foundation Trust", page);
        Assert.Contains("Jordan Ellis", page);
        Assert.Contains("Grace Mensah, Director of Nursing", page);
        Assert.Contains("Staff survey harassment analysis", page);
        Assert.Contains("published rationale.", page);
        Assert.Contains("Developing activity (1)", page);
        Assert.Contains("Halve the harassment gap for minority ethnic staff", page);
        Assert.Contains("Not rated: 1 of 11 outcomes have an agreed score", page);
        foreach (var secret in new[] { "Confidential grievance log", "Priya", "Panellist-Secret", "Panel comment that stays private", "Present-list that stays private", "Internal objective" })
            Assert.DoesNotContain(secret, page);
        Assert.DoesNotContain("id=\"sign-out\"", page);

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"{address}/evidence/{publicEvidence}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"{address}/evidence/{privateEvidence}")).StatusCode);

        // Changes after publishing stay private until the summary is published again.
        await EvidenceAsync(lead, cycleId, "3A", "Added after publishing", isPublic: true);
        Assert.DoesNotContain("Added after publishing", await reader.GetPageAsync(address));
        Assert.Equal(address, await PublishAsync(lead, cycleId));
        Assert.Contains("Added after publishing", await reader.GetPageAsync(address));
        Assert.Contains("eds.summary-published", await app.AuditActionsAsync());
    }

    [Fact]
    public async Task Unpublishing_takes_the_page_and_its_files_down()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, "Unpublished later");
        var evidence = await EvidenceAsync(lead, cycleId, "1A", "Public access audit", isPublic: true);
        var address = await PublishAsync(lead, cycleId);
        var reader = Browser.For(app);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(address)).StatusCode);

        var withdrawn = await lead.SubmitAsync($"/cycles/{cycleId}/eds/publish", $"/cycles/{cycleId}/eds/unpublish", []);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(address)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"{address}/evidence/{evidence}")).StatusCode);
        Assert.Contains("eds.summary-withdrawn", await app.AuditActionsAsync());
    }

    [Fact]
    public async Task Marking_published_evidence_private_takes_its_file_down_at_once()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, "Made private");
        var evidence = await EvidenceAsync(lead, cycleId, "1B", "Briefly public", isPublic: true);
        var address = await PublishAsync(lead, cycleId);
        var edit = $"/cycles/{cycleId}/eds/outcomes/{await app.OutcomeIdAsync(cycleId, "1B")}/evidence/{evidence}";
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostEvidenceAsync(edit, edit, EdsDemo.EvidenceFields("Briefly public", isPublic: false))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.For(app).GetAsync($"{address}/evidence/{evidence}")).StatusCode);
    }

    [Fact]
    public async Task Unknown_organisations_and_cycles_have_no_public_page()
    {
        var reader = Browser.For(app);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/eds/zzz/2025-26")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/eds/zrv/never-published")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/eds/not an ods code/2025-26")).StatusCode);
    }

    [Fact]
    public async Task The_demo_trust_has_a_published_summary_for_last_year()
    {
        var page = await Browser.For(app).GetPageAsync("/eds/zrv/2025-26");
        Assert.Contains("Equality Delivery System report 2025/26", page);
        Assert.Contains("out of 33", page);
        Assert.DoesNotContain("Freedom to Speak Up report", page);
    }
}
