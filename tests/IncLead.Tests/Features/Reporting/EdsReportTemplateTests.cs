using System.Net;
using DocumentFormat.OpenXml.Wordprocessing;
using IncLead.Documents.Word;
using IncLead.Tests.Features.Eds;
using IncLead.TestSupport;
using IncLead.Tests.Support;
using IncLead.Web.Features.Eds.Publishing;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace IncLead.Tests.Features.Reporting;

/// <summary>
/// Issue 10, item 6: the EDS report in the shape of NHS England's reporting template, on the page, in the PDF and in
/// the Word copy, read back from the files the app serves. The equality lead fills in the header through the real form.
/// </summary>
public sealed class EdsReportTemplateTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Flag = "(wording to be confirmed)";

    /// <summary>The header labels and the sections after them, in the template's order.</summary>
    private static readonly string[] TemplateOrder =
    [
        $"Name of organisation {Flag}", $"Organisation board sponsor {Flag}", $"EDS lead {Flag}", $"Name of integrated care system {Flag}",
        $"Level of EDS completed {Flag}", $"Date completed {Flag}", $"Month and year published {Flag}", $"Date authorised {Flag}", $"Authorised by {Flag}",
        $"Completed actions from the previous year {Flag}", "D1: ", "D2: ", "D3: ", "Domain totals and organisation rating",
        $"EDS organisation rating {Flag}", $"Equality action plan {Flag}",
    ];

    private static IEnumerable<KeyValuePair<string, string>> Details(string ics = "NHS Riverside and Weald Integrated Care Board", string authorisedBy = "Trust Board") =>
    [
        new("Form.IntegratedCareSystem", ics), new("Form.Level", "Partnership"),
        new("Form.CompletedOn.Day", "27"), new("Form.CompletedOn.Month", "2"), new("Form.CompletedOn.Year", "2026"),
        new("Form.PublishedOn.Day", "31"), new("Form.PublishedOn.Month", "3"), new("Form.PublishedOn.Year", "2026"),
        new("Form.AuthorisedOn.Day", "25"), new("Form.AuthorisedOn.Month", "3"), new("Form.AuthorisedOn.Year", "2026"),
        new("Form.AuthorisedBy", authorisedBy), new("Form.PreviousYearActions", "Opened a multi-faith room on the main site."),
    ];

    private static void AssertInOrder(string text, IEnumerable<string> parts, string what)
    {
        var at = -1;
        foreach (var part in parts)
        {
            var next = text.IndexOf(part, at + 1, StringComparison.Ordinal);
            Assert.True(next > at, $"The {what} does not have '{part}' after the one before it.");
            at = next;
        }
    }

    [Fact]
    public async Task The_lead_fills_in_the_report_details_and_the_page_pdf_and_word_copy_follow_the_template()
    {
        var id = await app.CycleIdAsync("2025/26");
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var form = $"/cycles/{id}/eds/report-details";
        var saved = await lead.SubmitAsync(form, form, [.. Details(), new("Form.Action", "")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(a => a.Action == AuditActions.EdsAssessmentChanged).Select(a => a.Summary).ToListAsync()),
            s => s.Contains("EDS report details: integrated care system 'NHS Riverside and Weald Integrated Care Board', level Partnership, completed 2026-02-27", StringComparison.Ordinal));

        // An objective linked to an outcome, with its action and completion date, for the action plan.
        var outcome = await app.QueryAsync(db => db.EdsOutcomes.Where(o => o.Code == "2B" && db.EdsDomains.Any(d => d.Id == o.DomainId && db.Frameworks.Any(f => f.Id == d.FrameworkId && f.Code == "eds2022"))).Select(o => o.Id).FirstAsync());
        var objectives = $"/cycles/{id}/eds/objectives";
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync(objectives, objectives,
        [
            new("Form.Outcome", outcome.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Form.Text", "Halve the gap in staff survey scores on bullying"),
            new("Form.Action", "Run bystander training for every ward manager"), new("Form.CompleteBy.Day", "31"), new("Form.CompleteBy.Month", "3"), new("Form.CompleteBy.Year", "2027"),
            new("Form.Publish", "yes"),
        ])).StatusCode);

        var page = System.Net.WebUtility.HtmlDecode(await lead.GetPageAsync($"/cycles/{id}/eds/publish"));
        var pageText = System.Text.RegularExpressions.Regex.Replace(page, "<[^>]+>", " ");
        pageText = System.Text.RegularExpressions.Regex.Replace(pageText, @"\s+", " ");
        AssertInOrder(pageText.Replace(" Wording to be confirmed", $" {Flag}", StringComparison.Ordinal), TemplateOrder, "page");
        foreach (var value in new[] { "NHS Riverside and Weald Integrated Care Board", "Partnership", "27 February 2026", "March 2026", "25 March 2026", "Trust Board", "Opened a multi-faith room", "Run bystander training for every ward manager", "31 March 2027" })
            Assert.Contains(value, pageText, StringComparison.Ordinal);

        var pdf = await lead.DownloadAsync($"/cycles/{id}/reports/eds-summary.pdf", "riverside-eds-summary-2025-26.pdf");
        var text = ReportPdf.Text(pdf);
        // The PDF's label column wraps, so a label's flag may be read around its value: the labels in order, each with its flag.
        AssertInOrder(text, TemplateOrder.Select(l => l.Replace($" {Flag}", "", StringComparison.Ordinal)), "PDF");
        foreach (var label in TemplateOrder.Where(l => l.EndsWith(Flag, StringComparison.Ordinal)).Select(l => l[..^(Flag.Length + 1)]))
            Assert.Matches(System.Text.RegularExpressions.Regex.Escape(label) + @".{0,200}?\(wording\b.{0,200}?confirmed\)", text);
        AssertInOrder(text, ["Domain", "Outcome", "Objective", "Action", "Completion date", "2B", "Halve the gap", "Run bystander training", "31 March 2027"], "PDF action plan");
        Assert.Contains("NHS Riverside and Weald Integrated Care Board", text, StringComparison.Ordinal);
        Assert.Contains("Opened a multi-faith room on the main site.", text, StringComparison.Ordinal);

        using var docx = new DocxFiles(await lead.DownloadAsync($"/cycles/{id}/reports/eds-summary.docx", "riverside-eds-summary-2025-26.docx", DocxWriter.ContentType));
        docx.AssertValid();
        var word = string.Join(' ', docx.Body.Descendants<Paragraph>().Select(p => p.InnerText));
        AssertInOrder(word, TemplateOrder, "Word copy");
        var plan = docx.Tables.Last();
        Assert.Equal(["Domain", "Outcome", "Objective", "Action", "Completion date"], plan.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText));
        Assert.True(DocxFiles.RepeatsAsHeader(plan.Elements<TableRow>().First()));
        Assert.Contains(plan.Elements<TableRow>(), r => r.InnerText.Contains("Run bystander training for every ward manager", StringComparison.Ordinal) && r.InnerText.Contains("31 March 2027", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Evidence_links_show_titles_and_are_real_links_in_the_pdf_and_word_copy()
    {
        var id = await app.CycleIdAsync("2025/26");
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var links = await app.QueryAsync(db => db.EvidenceItems.IgnoreQueryFilters()
            .Where(e => e.IsPublic && e.Link != null && db.EdsAssessments.IgnoreQueryFilters().Any(a => a.Id == e.AssessmentId && a.CycleId == id))
            .Select(e => new { e.Title, e.Link }).ToListAsync());
        Assert.NotEmpty(links);

        var pdf = await lead.DownloadAsync($"/cycles/{id}/reports/eds-summary.pdf", "riverside-eds-summary-2025-26.pdf");
        Assert.DoesNotContain("http", ReportPdf.Column(pdf, "Evidence", "Rating"), StringComparison.OrdinalIgnoreCase);
        using (var document = PdfDocument.Open(pdf))
        {
            var annotations = document.GetPages().SelectMany(p => p.GetHyperlinks()).ToList();
            foreach (var link in links)
            {
                var found = annotations.Where(a => a.Uri == link.Link).ToList();
                Assert.True(found.Count > 0, $"No link annotation to {link.Link}");
                // The annotation covers the title's words, never the address.
                Assert.All(found, a => Assert.DoesNotContain("http", a.Text, StringComparison.OrdinalIgnoreCase));
                Assert.Contains(found, a => link.Title.StartsWith(a.Text.Trim(), StringComparison.Ordinal) || link.Title.Contains(a.Text.Trim(), StringComparison.Ordinal));
            }
        }

        using var docx = new DocxFiles(await lead.DownloadAsync($"/cycles/{id}/reports/eds-summary.docx", "riverside-eds-summary-2025-26.docx", DocxWriter.ContentType));
        docx.AssertValid();
        var main = docx.Document.MainDocumentPart!;
        var hyperlinks = docx.Body.Descendants<Hyperlink>().Where(h => h.Id?.Value is not null)
            .Select(h => (Text: h.InnerText, Uri: main.HyperlinkRelationships.Single(r => r.Id == h.Id!.Value).Uri.OriginalString)).ToList();
        foreach (var link in links)
            Assert.Contains((link.Title, link.Link!), hyperlinks);
        Assert.All(hyperlinks, h => Assert.DoesNotContain("http", h.Text, StringComparison.OrdinalIgnoreCase));

        var page = await lead.GetPageAsync($"/cycles/{id}/eds/publish");
        Assert.DoesNotMatch("<a [^>]*>\\s*https?:", page);
    }

    [Theory]
    [InlineData("https://www.england.nhs.uk/long/path/to/evidence.pdf?x=1", "https://www.england.nhs.uk/long/path/to/evidence.pdf?x=1", "Link to evidence (england.nhs.uk)")]
    [InlineData("www.riverside.example/equality", "https://riverside.example/equality", "Link to evidence (riverside.example)")]
    [InlineData("Patient experience survey 2025", "https://www.riverside.example/a", "Patient experience survey 2025")]
    public void Evidence_whose_title_is_a_web_address_shows_the_site_instead(string title, string link, string shown) =>
        Assert.Equal(shown, EvidenceLinkText.Title(new SummaryEvidence(1, title, "", link, null, null, new DateTime(2026, 1, 1))));

    [Theory]
    [InlineData("Form.IntegratedCareSystem", "long", "The integrated care system's name must be 200 characters or fewer")]
    [InlineData("Form.AuthorisedBy", "control", "Authorised by")]
    [InlineData("Form.CompletedOn.Day", "31-2", "The date completed must be a real date")]
    [InlineData("Form.Level", "Everything", "Choose the level completed")]
    public async Task Bad_report_details_are_refused_with_422_and_nothing_changes(string field, string kind, string message)
    {
        var id = await app.CycleIdAsync("2025/26");
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var before = await app.QueryAsync(db => db.EdsAssessments.IgnoreQueryFilters().Where(a => a.CycleId == id)
            .Select(a => new { a.IntegratedCareSystem, a.AuthorisedBy, a.CompletedOn, a.Level, a.PreviousYearActions }).SingleAsync());
        var audits = (await app.AuditActionsAsync()).Count;
        var fields = Details(ics: "Changed ICS").ToDictionary(f => f.Key, f => f.Value);
        switch (kind)
        {
            case "long": fields[field] = new string('x', 201); break;
            case "control": fields[field] = "Trust\u0007Board"; break;
            case "31-2": fields["Form.CompletedOn.Day"] = "31"; fields["Form.CompletedOn.Month"] = "2"; break;
            default: fields[field] = kind; break;
        }
        var form = $"/cycles/{id}/eds/report-details";
        var response = await lead.SubmitAsync(form, form, fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("nhsuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains(message, html, StringComparison.Ordinal);
        var after = await app.QueryAsync(db => db.EdsAssessments.IgnoreQueryFilters().Where(a => a.CycleId == id)
            .Select(a => new { a.IntegratedCareSystem, a.AuthorisedBy, a.CompletedOn, a.Level, a.PreviousYearActions }).SingleAsync());
        Assert.Equal(before, after);
        Assert.Equal(audits, (await app.AuditActionsAsync()).Count);
    }

    [Fact]
    public async Task Another_organisations_eds_report_and_report_details_are_not_found()
    {
        var other = await OtherOrganisation.CreateAsync(app, "ZEQ");
        // The other organisation has its own EDS assessment, so a refusal is about whose it is, not that there is none.
        await app.QueryAsync(async db =>
        {
            var framework = await db.Frameworks.Where(f => f.Code == "eds2022").Select(f => f.Id).FirstAsync();
            db.EdsAssessments.Add(new IncLead.Web.Domain.Eds.EdsAssessment(other.Id, other.CycleId, framework, "Other lead", "Other sponsor", DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        foreach (var url in new[] { "reports/eds-summary.pdf", "reports/eds-summary.docx", "eds/report-details" })
            Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/cycles/{other.CycleId}/{url}")).StatusCode);
        var own = await app.CycleIdAsync("2025/26");
        var response = await lead.SubmitAsync($"/cycles/{own}/eds/report-details", $"/cycles/{other.CycleId}/eds/report-details", Details());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
