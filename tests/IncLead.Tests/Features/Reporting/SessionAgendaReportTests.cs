using System.Globalization;
using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Reporting;

/// <summary>The demo's past board development session, downloaded as an agenda PDF.</summary>
public sealed class SessionAgendaReportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<Web.Domain.BoardDevelopment.BoardDevelopmentSession> DemoSessionAsync() => app.QueryAsync(db => db.BoardDevelopmentSessions.IgnoreQueryFilters().AsNoTracking()
        .SingleAsync(s => db.Organisations.Any(o => o.Id == s.OrganisationId && o.OdsCode == DemoData.OdsCode)));

    [Fact]
    public async Task A_board_member_downloads_the_session_agenda_with_its_timed_items()
    {
        var session = await DemoSessionAsync();
        var chair = await Browser.SignedInAsync(app, Demo.Chair);
        Assert.Contains($"/board-development/{session.Id}/agenda.pdf", await chair.GetPageAsync($"/board-development/{session.Id}"), StringComparison.Ordinal);
        var name = $"riverside-board-development-agenda-{session.HeldOn:yyyy-MM-dd}.pdf";
        var pdf = await chair.DownloadAsync($"/board-development/{session.Id}/agenda.pdf", name);

        ReportPdf.AssertAccessible(pdf, $"Agenda: {session.Title}");
        var text = ReportPdf.Text(pdf);
        Assert.Contains("Riverside NHS Foundation Trust", text, StringComparison.Ordinal);
        Assert.Contains(session.HeldOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), text, StringComparison.Ordinal);
        Assert.All(session.Aims.Concat(session.LearningObjectives), line => Assert.Contains(line, text, StringComparison.Ordinal));
        var lines = ReportPdf.Lines(pdf);
        var happens = ReportPdf.Column(pdf, "What happens", "Led by");
        var startsAfter = 0;
        foreach (var (item, n) in session.Agenda.Select((item, i) => (item, i + 1)))
        {
            var start = startsAfter == 0 ? "Start" : $"{startsAfter / 60}:{startsAfter % 60:00}";
            Assert.Contains(lines, l => l.StartsWith($"{n} {start} ", StringComparison.Ordinal) && l.EndsWith($" {item.Minutes}", StringComparison.Ordinal));
            Assert.Contains(item.Text, happens, StringComparison.Ordinal);
            startsAfter += item.Minutes;
        }
        Assert.Contains($"Total {startsAfter}", lines);

        Assert.Equal(pdf, await chair.DownloadAsync($"/board-development/{session.Id}/agenda.pdf", name)); // the same plan gives the same file
        Assert.Equal(2, (await app.ExportSummariesAsync("BoardDevelopmentSession", session.Id.ToString(CultureInfo.InvariantCulture))).Count);
    }

    [Fact]
    public async Task A_trust_admin_is_refused_and_another_organisations_session_is_not_found()
    {
        var session = await DemoSessionAsync();
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        Assert.Contains("/account/access-denied", (await admin.GetAsync($"/board-development/{session.Id}/agenda.pdf")).Headers.Location?.OriginalString);

        var other = await OtherOrganisation.CreateAsync(app);
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/board-development/{other.SessionId}/agenda.pdf")).StatusCode);
        Assert.Empty(await app.ExportSummariesAsync("BoardDevelopmentSession", other.SessionId.ToString(CultureInfo.InvariantCulture)));
    }
}
