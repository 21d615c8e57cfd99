using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Reporting;

/// <summary>
/// The board cover sheet through the real form: saved and audit-logged, printed as the pack's first page with the key
/// messages next, refused with messages when too long or holding control characters, kept in the sign-off snapshot.
/// </summary>
public sealed class CoverSheetTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<KeyValuePair<string, string>> Fields(string title = "Inclusion leadership: annual self-assessment", string recommendation = "The board is asked to approve the agreed positions.") =>
    [
        new("Meeting", "Trust Board (meeting held in public)"), new("MeetingDate", "2027-03-25"), new("AgendaItem", "12.1"),
        new("ReportTitle", title), new("Purpose", "Approval"), new("Author", "Jordan Ellis, Head of Equality"),
        new("ExecutiveSponsor", "Director of People"), new("PreviouslyConsideredBy", "People Committee, 4 March 2027"),
        new("Recommendation", recommendation), new("Assurance", "Limited"), new("StrategicLinks", "BAF risk 7: workforce race equality"),
        new("Summary", "The board has moved forward on data.\n\nIt has further to go on lived experience."),
    ];

    private async Task<int> ClosedCycleAsync(string name)
    {
        var cycleId = await app.CreateOpenCycleAsync(name, Demo.FinanceDirector, Demo.ChiefExecutive, Demo.NedAudit);
        var first = (await app.StatementIdsAsync(cycleId, 1))[0];
        foreach (var email in new[] { Demo.FinanceDirector, Demo.ChiefExecutive, Demo.NedAudit })
            await app.AddAsync(cycleId, email, new Dictionary<int, Rating?> { [first] = Rating.Achieving });
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        await lead.SubmitAsync($"/cycles/{cycleId}", $"/cycles/{cycleId}/close", []);
        return cycleId;
    }

    [Fact]
    public async Task The_lead_fills_in_the_cover_sheet_and_the_pack_opens_with_it_then_the_key_messages()
    {
        var cycleId = await ClosedCycleAsync("Cover 1");
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var defaults = await lead.GetPageAsync($"/cycles/{cycleId}/cover-sheet");
        Assert.Contains("Inclusion leadership self-assessment Cover 1", defaults);

        var saved = await lead.SubmitAsync($"/cycles/{cycleId}/cover-sheet", $"/cycles/{cycleId}/cover-sheet", Fields());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("cycle.cover-sheet-saved", await app.AuditActionsAsync());

        var pdf = await lead.DownloadAsync($"/cycles/{cycleId}/reports/board-pack.pdf", "riverside-board-pack-cover-1.pdf");
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var first = string.Join(" ", ReportPdf.Lines(document.GetPage(1)));
        foreach (var text in new[] { "Inclusion leadership: annual self-assessment", "Trust Board (meeting held in public)", "25 March 2027", "12.1", "For approval",
                     "Jordan Ellis, Head of Equality", "Director of People", "People Committee, 4 March 2027", "Limited", "BAF risk 7: workforce race equality",
                     "The board is asked to approve the agreed positions." })
            Assert.Contains(text, first, StringComparison.Ordinal);
        var second = string.Join(" ", ReportPdf.Lines(document.GetPage(2)));
        Assert.StartsWith("Key messages", ReportPdf.Lines(document.GetPage(2)).First(l => l.Contains("Key messages", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("overdue", second, StringComparison.Ordinal);
        Assert.Contains("It has further to go on lived experience.", second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ReportTitle", "Title\u0007with a bell", "The report title must not contain control characters")]
    [InlineData("Recommendation", "Approve\u001b[31m", "The recommendation must not contain control characters")]
    [InlineData("AgendaItem", "123456789012345678901", "The agenda item must be 20 characters or fewer")]
    [InlineData("MeetingDate", "31/02/2027", "The meeting date must be a real date")]
    [InlineData("Purpose", "", "Choose the purpose of the paper")]
    public async Task Bad_cover_sheet_input_is_refused_beside_the_field_and_nothing_is_saved(string field, string value, string message)
    {
        var cycleId = await ClosedCycleAsync($"Cover bad {field}");
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var fields = Fields().Where(f => f.Key != field).Append(new(field, value)).ToList();
        var response = await lead.SubmitAsync($"/cycles/{cycleId}/cover-sheet", $"/cycles/{cycleId}/cover-sheet", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(2, Forms.Occurrences(await response.BodyAsync(), message));
        Assert.Equal(0, await app.QueryAsync(db => db.CoverSheets.IgnoreQueryFilters().CountAsync(c => c.CycleId == cycleId, Ct)));
    }

    [Fact]
    public async Task Another_organisations_cycle_has_no_cover_sheet_to_see_or_change()
    {
        var other = await OtherOrganisation.CreateAsync(app, "ZCS");
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/cycles/{other.CycleId}/cover-sheet")).StatusCode);
        var page = await lead.GetPageAsync("/dashboard");
        var response = await lead.PostFromAsync(page, $"/cycles/{other.CycleId}/cover-sheet", Fields());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await app.QueryAsync(db => db.CoverSheets.IgnoreQueryFilters().CountAsync(c => c.CycleId == other.CycleId, Ct)));
        var member = await Browser.SignedInAsync(app, Demo.Chair);
        // A board member is not an equality lead: the policy sends them to the access-denied page, whoever's cycle it is.
        var refused = await member.GetAsync($"/cycles/{other.CycleId}/cover-sheet");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_signed_off_pack_keeps_the_cover_sheet_that_was_tabled()
    {
        var cycleId = await ClosedCycleAsync("Cover tabled");
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        await lead.SubmitAsync($"/cycles/{cycleId}/cover-sheet", $"/cycles/{cycleId}/cover-sheet", Fields(recommendation: "Approve the plan as tabled."));
        var signed = await lead.SubmitAsync($"/cycles/{cycleId}/sign-off", $"/cycles/{cycleId}/sign-off", [new("Form.MeetingDate", "2027-03-25"), new("Form.MinuteReference", "TB/27/12")]);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        await lead.SubmitAsync($"/cycles/{cycleId}/cover-sheet", $"/cycles/{cycleId}/cover-sheet", Fields(recommendation: "Changed after the meeting."));

        var pdf = await lead.DownloadAsync($"/cycles/{cycleId}/reports/board-pack.pdf", "riverside-board-pack-cover-tabled.pdf");
        var text = ReportPdf.Text(pdf);
        Assert.Contains("Approve the plan as tabled.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Changed after the meeting.", text, StringComparison.Ordinal);
        Assert.Contains("Approve the plan as tabled.", await app.QueryAsync(db => db.SignOffs.IgnoreQueryFilters().Where(s => s.CycleId == cycleId).Select(s => s.Snapshot).SingleAsync(Ct)));
    }

    [Fact]
    public async Task The_signed_off_pack_shows_the_actions_as_tabled_and_progress_only_when_asked_each_action_once()
    {
        var cycleId = await ClosedCycleAsync("Actions tabled");
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var actionId = await app.QueryAsync(db => db.Actions.IgnoreQueryFilters()
            .Where(a => a.Status == IncLead.Web.Domain.Actions.ActionStatus.InProgress && db.Organisations.Any(o => o.Id == a.OrganisationId && o.OdsCode == IncLead.Web.Data.Seed.DemoData.OdsCode))
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(Ct));
        var signed = await lead.SubmitAsync($"/cycles/{cycleId}/sign-off", $"/cycles/{cycleId}/sign-off", [new("Form.MeetingDate", "2027-03-25"), new("Form.MinuteReference", "TB/27/13")]);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var before = ReportPdf.Text(await lead.DownloadAsync($"/cycles/{cycleId}/reports/board-pack.pdf", "riverside-board-pack-actions-tabled.pdf"));

        // After sign-off the action is renamed and finished.
        await app.QueryAsync(async db =>
        {
            var action = await db.Actions.IgnoreQueryFilters().SingleAsync(a => a.Id == actionId, Ct);
            action.Describe("Renamed after the meeting", action.Description, action.OwnerUserId, action.ExecutiveLeadUserId, action.DueOn, action.Priority, "Test", DateTime.UtcNow);
            action.Progress(IncLead.Web.Domain.Actions.ActionStatus.Done, false, null, "Evidence filed.", null, evidenceRequired: false, "Test", DateTime.UtcNow);
            return await db.SaveChangesAsync(Ct);
        });

        var after = ReportPdf.Text(await lead.DownloadAsync($"/cycles/{cycleId}/reports/board-pack.pdf", "riverside-board-pack-actions-tabled.pdf"));
        Assert.Equal(Section(before, "Action plan summary", "Lived experience"), Section(after, "Action plan summary", "Lived experience"));
        Assert.DoesNotContain("Renamed after the meeting", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Progress since sign-off", after, StringComparison.Ordinal);
        Assert.Equal(1, Forms.Occurrences(Section(after, "Action plan summary", "Lived experience"), $"A{actionId} "));

        var progress = ReportPdf.Text(await lead.DownloadAsync($"/cycles/{cycleId}/reports/board-pack.pdf?progress=true", "riverside-board-pack-actions-tabled.pdf"));
        var section = Section(progress, "Progress since sign-off", "Lived experience");
        Assert.Contains($"A{actionId} Renamed after the meeting In progress Done", section, StringComparison.Ordinal);
        Assert.Equal(1, Forms.Occurrences(section, $"A{actionId} "));
    }

    // The text between the last occurrence of a heading and the next heading given (the contents list names both first).
    private static string Section(string text, string from, string to)
    {
        var start = text.LastIndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }
}
