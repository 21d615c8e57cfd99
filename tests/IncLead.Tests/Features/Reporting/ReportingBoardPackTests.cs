using System.Net;
using System.Text.RegularExpressions;
using IncLead.Tests.Support;
using IncLead.Web.Domain.Cycles;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace IncLead.Tests.Features.Reporting;

public sealed partial class ReportingBoardPackTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] BoardNames =
        ["Margaret Okafor", "David Chen", "Priya Sharma", "Grace Mensah", "Robert Williams", "Aisha Rahman", "Tomasz Nowak"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> SignedOffCycleIdAsync() =>
        app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().Where(c => c.State == CycleState.SignedOff && c.Name == "2025/26").Select(c => c.Id).SingleAsync());

    private static string TextOf(byte[] pdf, out int pages)
    {
        using var document = PdfDocument.Open(pdf);
        pages = document.NumberOfPages;
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public async Task Equality_lead_downloads_a_board_pack_whose_overall_score_matches_the_results_page()
    {
        var id = await SignedOffCycleIdAsync();
        var lead = await Browser.SignedInAsync(app, Demo.Lead);

        var response = await lead.GetAsync($"/cycles/{id}/reports/board-pack.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("riverside-board-pack-2025-26.pdf", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var pdf = await response.Content.ReadAsByteArrayAsync(Ct);

        var text = TextOf(pdf, out var pages);
        Assert.True(pages > 5, $"Only {pages} pages");
        foreach (var heading in new[] { "Contents", "Executive summary", "Stage scores", "Stage 1", "Equality Delivery System scorecard", "Action plan summary", "Overdue actions", "Lived experience", "Appendix: comments", "Appendix: method" })
            Assert.Contains(heading, text, StringComparison.Ordinal);

        var page = await lead.GetPageAsync($"/cycles/{id}/results");
        var overall = OverallPattern().Match(page);
        Assert.True(overall.Success, "No overall score on the results page");
        Assert.Contains($"Overall score {WebUtility.HtmlDecode(overall.Groups[1].Value)}", text, StringComparison.Ordinal);

        foreach (var name in BoardNames) Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase);

        var again = await (await lead.GetAsync($"/cycles/{id}/reports/board-pack.pdf")).Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(pdf, again); // a signed-off cycle's pack is created at its sign-off time: the same file every time
        var target = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.Action == "report.exported" && a.TargetId == target)) >= 2);
    }

    [Fact]
    public async Task Open_cycle_pack_is_marked_draft()
    {
        var id = await app.OpenDemoCycleIdAsync();
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var response = await lead.GetAsync($"/cycles/{id}/reports/board-pack.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = TextOf(await response.Content.ReadAsByteArrayAsync(Ct), out _);
        Assert.Contains("DRAFT", text, StringComparison.Ordinal);
        foreach (var name in BoardNames) Assert.DoesNotContain(name, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Board_member_is_refused_before_release_and_another_organisations_cycle_is_not_found()
    {
        var open = await app.OpenDemoCycleIdAsync();
        var chair = await Browser.SignedInAsync(app, Demo.Chair);
        Assert.Equal(HttpStatusCode.Forbidden, (await chair.GetAsync($"/cycles/{open}/reports/board-pack.pdf")).StatusCode);

        var other = await OtherOrganisation.CreateAsync(app);
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/cycles/{other.CycleId}/reports/board-pack.pdf")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_report_answers_a_not_found_page_that_names_the_reports_there_are()
    {
        var id = await SignedOffCycleIdAsync();
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        foreach (var url in new[] { $"/cycles/{id}/reports/annual-report.pdf", $"/cycles/{id}/reports/board-pack.odt", $"/cycles/{id}/reports", $"/cycles/{id}/reports/a/b<script>" })
        {
            var response = await lead.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var page = await response.Content.ReadAsStringAsync(Ct);
            Assert.Contains("<h1>Report not found</h1>", page, StringComparison.Ordinal);
            Assert.Contains("nhsuk-header", page, StringComparison.Ordinal);
            Assert.Contains("the board pack (PDF, or Word to edit)", page, StringComparison.Ordinal);
            Assert.Contains($"href=\"/cycles/{id}\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("b<script>", page, StringComparison.Ordinal); // the name asked for is shown encoded
        }
        var chair = await Browser.SignedInAsync(app, Demo.Chair);
        var page2 = await (await chair.GetAsync($"/cycles/{id}/reports/nonsense")).Content.ReadAsStringAsync(Ct);
        Assert.Contains("<h1>Report not found</h1>", page2, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/cycles/{id}\"", page2, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Overall: ([^<]+?)</h2>")]
    private static partial Regex OverallPattern();
}
