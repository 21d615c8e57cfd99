using System.Text.RegularExpressions;
using IncLead.Documents.Colours;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Reporting;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace IncLead.Tests.Features.Reporting;

/// <summary>The action plan PDF, checked against the demo's actions as the RAG rule judges them today.</summary>
public sealed partial class ActionPlanReportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private string FileName => $"riverside-action-plan-{app.Clock.GetUtcNow():yyyy-MM-dd}.pdf";

    private sealed record Expected(string Title, string Owner, RagStatus Rag, bool Overdue);

    private Task<List<Expected>> DemoActionsAsync()
    {
        var now = app.Clock.GetUtcNow().UtcDateTime;
        return app.QueryAsync(async db =>
        {
            var rows = await (from a in db.Actions.IgnoreQueryFilters()
                              join o in db.Organisations on a.OrganisationId equals o.Id
                              join u in db.Users on a.OwnerUserId equals u.Id
                              where o.OdsCode == DemoData.OdsCode
                              select new { a.Title, u.FullName, a.Status, a.DueOn, a.AtRisk }).ToListAsync();
            return rows.Select(r => new Expected(r.Title, r.FullName, RagRule.Assess(r.Status, r.DueOn, r.AtRisk, now).Rag, RagRule.IsOverdue(r.Status, r.DueOn, now))).ToList();
        });
    }

    [Fact]
    public async Task Equality_lead_downloads_the_action_plan_with_rag_counts_the_overdue_actions_and_every_owner()
    {
        var other = await OtherOrganisation.CreateAsync(app);
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        Assert.Contains("/actions/action-plan.pdf", await lead.GetPageAsync("/actions"), StringComparison.Ordinal);
        var pdf = await lead.DownloadAsync("/actions/action-plan.pdf", FileName);

        ReportPdf.AssertAccessible(pdf, "Action plan, Riverside NHS Foundation Trust, 2 November 2026");
        var actions = await DemoActionsAsync();
        Assert.Contains(actions, a => a.Overdue);
        var lines = ReportPdf.Lines(pdf);
        foreach (var rag in Enum.GetValues<RagStatus>())
            Assert.Contains($"{rag.Label()} {actions.Count(a => a.Rag == rag)}", lines);
        // Overdue actions are listed twice, in the overdue table and in the register; the others once.
        var refs = ReportPdf.Column(pdf, "Ref", "Action");
        var titles = ReportPdf.Column(pdf, "Action", "Owner");
        var owners = ReportPdf.Column(pdf, "Owner", "Due");
        Assert.Equal(actions.Count + actions.Count(a => a.Overdue), ActionRef().Matches(refs).Count);
        Assert.All(actions, a => Assert.Equal(a.Overdue ? 2 : 1, Regex.Matches(titles, Regex.Escape(a.Title)).Count));
        Assert.All(actions, a => Assert.Contains(a.Owner, owners, StringComparison.Ordinal));
        var text = ReportPdf.Text(pdf);
        Assert.DoesNotContain("Hilltop", text, StringComparison.Ordinal);
        Assert.True(other.ActionId > 0);

        Assert.Contains(await app.ExportSummariesAsync("ActionPlan"), s => s.StartsWith($"Downloaded the action plan as PDF, {actions.Count} actions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rag_cells_are_filled_in_their_colour_with_text_that_contrasts_with_it()
    {
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        using var document = PdfDocument.Open(await lead.DownloadAsync("/actions/action-plan.pdf", FileName));
        var labels = Enum.GetValues<RagStatus>().ToDictionary(r => r.Label());
        var checkedCells = 0;
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords().ToList();
            var fills = page.Paths.Where(p => p.IsFilled && p.FillColor is not null)
                .SelectMany(p => p.Select(sub => (Box: sub.GetBoundingRectangle(), Colour: Colour(p.FillColor!.ToRGBValues())))).Where(f => f.Box is not null).ToList();
            // The RAG column starts where its header does; only words there are RAG cells.
            foreach (var header in words.Where(w => w.Text == "RAG" && words.Any(o => o.Text == "Why" && Math.Abs(o.BoundingBox.Bottom - w.BoundingBox.Bottom) < 1)))
            {
                foreach (var cell in words.Where(w => Math.Abs(w.BoundingBox.Left - header.BoundingBox.Left) < 1 && w.BoundingBox.Top < header.BoundingBox.Bottom && labels.ContainsKey(w.Text)))
                {
                    var centre = cell.BoundingBox.Centroid;
                    var fill = fills.Last(f => f.Box!.Value.Left <= centre.X && centre.X <= f.Box.Value.Right && f.Box.Value.Bottom <= centre.Y && centre.Y <= f.Box.Value.Top).Colour;
                    Assert.Equal(PackTables.RagFill(labels[cell.Text]), fill);
                    var text = Colour(cell.Letters[0].Color.ToRGBValues());
                    Assert.True(text.ContrastWith(fill) >= 4.5, $"{cell.Text} on page {page.Number}: {text} on {fill} is {text.ContrastWith(fill):0.0}:1");
                    checkedCells++;
                }
            }
        }
        Assert.True(checkedCells >= (await DemoActionsAsync()).Count, $"Only {checkedCells} RAG cells found");
    }

    [Fact]
    public async Task Whoever_may_read_the_action_list_may_download_it_and_nobody_else()
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        Assert.NotEmpty(await admin.DownloadAsync("/actions/action-plan.pdf", FileName));

        var platform = await Browser.SignedInAsync(app, DemoData.PlatformAdminEmail);
        Assert.Contains("/account/access-denied", (await platform.GetAsync("/actions/action-plan.pdf")).Headers.Location?.OriginalString);
        Assert.Contains("/account/sign-in", (await Browser.For(app).GetAsync("/actions/action-plan.pdf")).Headers.Location?.OriginalString);
    }

    private static Rgb Colour((double R, double G, double B) rgb) =>
        new((byte)Math.Round(rgb.R * 255), (byte)Math.Round(rgb.G * 255), (byte)Math.Round(rgb.B * 255));

    [GeneratedRegex(@"\bA\d+\b")]
    private static partial Regex ActionRef();
}
