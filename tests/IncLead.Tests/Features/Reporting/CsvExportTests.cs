using System.Text;
using IncLead.Tests.Features.Actions;
using IncLead.Tests.Support;
using IncLead.Web.Domain.Stories;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Reporting;

/// <summary>The action list and story CSV exports: written by the Documents CSV writer, and audit-logged like every other download.</summary>
public sealed class CsvExportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private string Today => $"{app.Clock.GetUtcNow():yyyy-MM-dd}";

    private static string Read(byte[] csv)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]); // so Excel reads £ and é as UTF-8
        return Encoding.UTF8.GetString(csv[3..]);
    }

    [Fact]
    public async Task The_action_list_csv_guards_formulas_and_is_audit_logged()
    {
        await app.RaiseAsync("=SUM(A1:A9) looks like a formula", Demo.Chair);
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var csv = Read(await lead.DownloadAsync("/actions/export.csv?sort=title", $"riverside-action-plan-{Today}.csv", "text/csv"));

        Assert.StartsWith("Id,Title,Status,RAG,Why,Due,Owner,Executive lead,Priority,Raised from,Last updated (UK time)\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=SUM(A1:A9) looks like a formula\"", csv, StringComparison.Ordinal);
        Assert.Contains($",{app.Day(60)},Margaret Okafor,", csv, StringComparison.Ordinal);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
        Assert.Contains(await app.ExportSummariesAsync("ActionPlan"), s => s.StartsWith($"Downloaded the action plan as CSV, {rows} actions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_audit_log_csv_holds_the_entries_filtered_as_asked_with_formulas_guarded()
    {
        await app.QueryAsync(async db =>
        {
            var organisationId = await db.Organisations.Where(o => o.OdsCode == IncLead.Web.Data.Seed.DemoData.OdsCode).Select(o => o.Id).SingleAsync();
            db.AuditEntries.Add(new IncLead.Web.Domain.AuditEntry(organisationId, app.Clock.GetUtcNow().UtcDateTime, null, "=HYPERLINK(\"x\")", "test.csv",
                "Test", "1", "Said \"hello\", then left", "192.0.2.1"));
            return await db.SaveChangesAsync();
        });
        var admin = await Browser.SignedInAsync(app, IncLead.Web.Data.Seed.DemoData.TrustAdminEmail);

        // Unfiltered, every entry is there. (The filter's "Action" once bound to the route's action name, so the page and
        // the export listed nothing unless an action was chosen.)
        var all = Read(await admin.DownloadAsync("/admin/audit/export", "inclead-audit-log.csv", "text/csv"));
        Assert.Contains(",sign-in.succeeded,", all, StringComparison.Ordinal);
        Assert.Contains("test.csv", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<p id=\"audit-count\">0 entries</p>", await admin.GetPageAsync("/admin/audit"), StringComparison.Ordinal);

        var filtered = Read(await admin.DownloadAsync("/admin/audit/export?Filter.Action=test.csv", "inclead-audit-log.csv", "text/csv"));
        // UK time (the test clock is in GMT); the event code stays machine-readable with its words beside it.
        Assert.Equal("Time (UK time),Who,Event code,What happened,Details,IP address\r\n" +
            $"{app.Clock.GetUtcNow():yyyy-MM-dd HH:mm:ss},\"'=HYPERLINK(\"\"x\"\")\",test.csv,test.csv,\"Said \"\"hello\"\", then left\",192.0.2.1\r\n", filtered);
    }

    [Fact]
    public async Task The_story_csv_still_holds_only_stories_the_reader_may_see_and_is_audit_logged()
    {
        var stories = await app.QueryAsync(db => db.Stories.IgnoreQueryFilters().Select(s => new { s.Title, s.Visibility }).ToListAsync());
        var chair = await Browser.SignedInAsync(app, Demo.Chair);
        var csv = Read(await chair.DownloadAsync("/stories/export.csv", $"riverside-stories-{Today}.csv", "text/csv"));

        Assert.StartsWith("Id,Title,Whose voice,Visibility,Anonymised,Consent recorded,Stage,Protected characteristics,Story,Last updated (UK time)\r\n", csv, StringComparison.Ordinal);
        Assert.All(stories, s => Assert.True((s.Visibility != StoryVisibility.EqualityLeadOnly) == csv.Contains(s.Title, StringComparison.Ordinal), $"{s.Title} ({s.Visibility})"));
        var shown = stories.Count(s => s.Visibility != StoryVisibility.EqualityLeadOnly);
        Assert.Contains(await app.ExportSummariesAsync("Stories"), s => s.StartsWith($"Downloaded the stories they may read as CSV, {shown} stories", StringComparison.Ordinal));
    }
}
