using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Domain.Eds;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Eds;

public sealed class EvidenceUploadTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(Browser Lead, int CycleId, string FormUrl)> OutcomeAsync(string cycleName)
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, cycleName);
        var outcomeId = await app.OutcomeIdAsync(cycleId, "1A");
        return (lead, cycleId, $"/cycles/{cycleId}/eds/outcomes/{outcomeId}/evidence/new");
    }

    [Fact]
    public async Task Evidence_with_a_genuine_file_is_stored_in_the_database_and_downloads_as_uploaded()
    {
        var (lead, cycleId, url) = await OutcomeAsync("Upload works");
        var saved = await lead.PostEvidenceAsync(url, url, EdsDemo.EvidenceFields("Interpreting audit"), "audit.pdf", TestFiles.Pdf);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var item = await app.QueryAsync(db => db.EvidenceItems.IgnoreQueryFilters().SingleAsync(i => i.Title == "Interpreting audit", Ct));
        Assert.Equal(EvidenceFileKind.Pdf, item.FileKind);
        Assert.Equal("audit.pdf", item.FileName);
        Assert.Equal("race", item.ProtectedCharacteristics);
        var outcomePage = await lead.GetPageAsync(saved.Headers.Location!.OriginalString);
        Assert.Contains("Interpreting audit", outcomePage);
        Assert.Contains("Evidence gathered", outcomePage);

        var download = await lead.GetAsync($"{saved.Headers.Location.OriginalString}/evidence/{item.Id}/file");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(TestFiles.Pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains(await app.AuditActionsAsync(), a => a == "eds.evidence-added");
    }

    public static TheoryData<string, string, int, string> BadFiles => new()
    {
        { "empty.pdf", "empty", 422, "The selected file is empty" },
        { "virus.exe", "exe", 415, "must be a PDF, Word, Excel, PowerPoint, PNG or JPEG file" },
        { "notes.txt", "text", 415, "must be a PDF, Word, Excel, PowerPoint, PNG or JPEG file" },
        { "report.pdf", "png", 415, "not really a PDF" },
        { "minutes.docx", "xlsx", 415, "not really a Word document" },
        { "big.pdf", "over-10-mb", 413, "must be 10 MB or smaller" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_upload_is_refused_beside_the_field_and_in_the_summary_and_changes_nothing(string name, string content, int status, string message)
    {
        var (lead, cycleId, url) = await OutcomeAsync($"Bad upload {name} {content}");
        var bytes = content switch
        {
            "empty" => [],
            "exe" => TestFiles.Executable,
            "text" => TestFiles.Text,
            "png" => TestFiles.Png,
            "xlsx" => TestFiles.Xlsx,
            _ => [.. TestFiles.Pdf, .. new byte[EvidenceItem.MaxFileBytes]],
        };
        var response = await lead.PostEvidenceAsync(url, url, EdsDemo.EvidenceFields("Should not be saved"), name, bytes, "application/pdf");

        Assert.Equal(status, (int)response.StatusCode);
        var html = await response.BodyAsync();
        Assert.Contains("nhsuk-error-summary", html);
        Assert.Contains("href=\"#Form-File\"", html);
        Assert.Contains("id=\"Form-File-error\"", html);
        Assert.Contains(message, html);
        // The other fields come back as typed, so only the file needs choosing again.
        Assert.Contains("value=\"Should not be saved\"", html);
        Assert.Equal(0, await app.EvidenceCountAsync(cycleId));
        Assert.Equal(0, await app.QueryAsync(db => db.EvidenceFiles.IgnoreQueryFilters().CountAsync(f => f.Item!.Title == "Should not be saved", Ct)));
    }

    [Fact]
    public async Task An_upload_far_over_the_limit_gets_a_clear_413_page_before_the_body_is_read()
    {
        var (lead, cycleId, url) = await OutcomeAsync("Far too large");
        var response = await lead.PostEvidenceAsync(url, url, EdsDemo.EvidenceFields("Huge"), "huge.pdf", [.. TestFiles.Pdf, .. new byte[12 * 1024 * 1024]]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = await response.BodyAsync();
        Assert.Contains("The file is too large", html);
        Assert.Contains("Nothing has been saved", html);
        Assert.Equal(0, await app.EvidenceCountAsync(cycleId));
    }

    public static TheoryData<string, string, string> BadFields => new()
    {
        { "Form.Title", "", "Enter a title for the evidence" },
        { "Form.EvidenceDate", "2026-02-30", "The date of the evidence must be a real date" },
        { "Form.Link", "javascript:alert(1)", "Enter a full web address starting with https://" },
        { "Form.ProtectedCharacteristics", "star-sign", "Choose protected characteristics from the list" },
        { "Form.Public", "maybe", "Say whether this evidence may be published" },
        { "Form.Summary", new string('x', 2001), "2,000 characters or fewer" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Bad_evidence_details_are_refused_with_422_and_change_nothing(string field, string value, string message)
    {
        var (lead, cycleId, url) = await OutcomeAsync($"Bad field {field} {value.Length}");
        var fields = EdsDemo.EvidenceFields("Bad details", link: "https://www.example.nhs.uk/report");
        fields[field] = value;
        var response = await lead.PostEvidenceAsync(url, url, fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.BodyAsync());
        Assert.Equal(0, await app.EvidenceCountAsync(cycleId));
    }

    [Fact]
    public async Task Evidence_needs_a_link_or_a_file()
    {
        var (lead, cycleId, url) = await OutcomeAsync("Neither link nor file");
        var response = await lead.PostEvidenceAsync(url, url, EdsDemo.EvidenceFields("Nothing attached"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Enter a link to the evidence or choose a file to upload", await response.BodyAsync());
        Assert.Equal(0, await app.EvidenceCountAsync(cycleId));
    }

    [Fact]
    public async Task Replacing_a_file_keeps_one_file_and_removing_it_leaves_the_link()
    {
        var (lead, cycleId, url) = await OutcomeAsync("Replace file");
        var saved = await lead.PostEvidenceAsync(url, url, EdsDemo.EvidenceFields("Replaceable", link: "https://www.example.nhs.uk/r"), "first.pdf", TestFiles.Pdf);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var id = await app.QueryAsync(db => db.EvidenceItems.IgnoreQueryFilters().Where(i => i.Title == "Replaceable").Select(i => i.Id).SingleAsync(Ct));
        var edit = $"{saved.Headers.Location!.OriginalString}/evidence/{id}";

        var replaced = await lead.PostEvidenceAsync(edit, edit, EdsDemo.EvidenceFields("Replaceable", link: "https://www.example.nhs.uk/r"), "second.png", TestFiles.Png);
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        var files = await app.QueryAsync(db => db.EvidenceFiles.IgnoreQueryFilters().Where(f => f.EvidenceItemId == id).Select(f => f.Content).ToListAsync(Ct));
        Assert.Equal(TestFiles.Png, Assert.Single(files));

        var fields = EdsDemo.EvidenceFields("Replaceable", link: "https://www.example.nhs.uk/r");
        fields["Form.RemoveFile"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostEvidenceAsync(edit, edit, fields)).StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.EvidenceFiles.IgnoreQueryFilters().CountAsync(f => f.EvidenceItemId == id, Ct)));
        var item = await app.QueryAsync(db => db.EvidenceItems.IgnoreQueryFilters().SingleAsync(i => i.Id == id, Ct));
        Assert.Null(item.FileKind);
        Assert.Equal("https://www.example.nhs.uk/r", item.Link);
    }
}
