using System.Globalization;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Eds;
using IncLead.Web.Features.Eds.Publishing;
using IncLead.Web.Features.Results;
using IncLead.Web.Features.Stories;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Reports;

/// <summary>
/// Downloadable reports of a cycle. Whoever may see the cycle's results may download the board pack and its data
/// (equality leads, and board members once results are released); the EDS summary is the equality lead's, as the EDS
/// pages are. The query filter makes another organisation's cycle a 404. Every download is audit-logged by
/// <see cref="ReportDownloads"/>.
/// </summary>
[Authorize(Policy = Policies.BoardMemberOrEqualityLead), Route("cycles/{id:int}/reports")]
public sealed class ReportsController(AppDbContext db, BoardPackLoader packs, EdsWorkspaceQuery workspaces, EdsSummaryQuery summaries, ReportDownloads downloads) : AppController
{
    [HttpGet("board-pack.pdf")]
    public Task<IActionResult> BoardPack(int id, bool progress, CancellationToken ct) => BoardPackAsync(id, progress, word: false, ct);

    /// <summary>The same pack as an editable Word file, with the PDF's rules for who may have it and when it says DRAFT.</summary>
    [HttpGet("board-pack.docx")]
    public Task<IActionResult> BoardPackWord(int id, bool progress, CancellationToken ct) => BoardPackAsync(id, progress, word: true, ct);

    private async Task<IActionResult> BoardPackAsync(int id, bool progress, bool word, CancellationToken ct)
    {
        var (cycle, refusal) = await LoadCycleAsync(id, ct);
        if (cycle is null) return refusal!;
        // ?progress=true adds "Progress since sign-off" after the action plan as tabled (signed-off cycles only).
        var input = await packs.LoadAsync(cycle, StoryReaders.From(User), progress, ct);
        var document = BoardPackComposer.Compose(input);
        var file = word
            ? ReportFile.Docx(document, ReportFiles.Name(input.Organisation, "board-pack", cycle.Name, "docx"))
            : ReportFile.Pdf(document, ReportFiles.Name(input.Organisation, "board-pack", cycle.Name, "pdf"));
        return await SendAsync(cycle, file, "board pack", ct);
    }

    [HttpGet("workbook.xlsx")]
    public async Task<IActionResult> Workbook(int id, CancellationToken ct)
    {
        var (cycle, refusal) = await LoadCycleAsync(id, ct);
        if (cycle is null) return refusal!;
        var input = await packs.LoadAsync(cycle, StoryReaders.From(User), ct: ct);
        var file = ReportFile.Xlsx(BoardWorkbookComposer.Compose(input), ReportFiles.Name(input.Organisation, "board-pack-data", cycle.Name, "xlsx"));
        return await SendAsync(cycle, file, "board pack workbook", ct);
    }

    /// <summary>The summary as the equality lead previews it on the publishing page: what would be published now.</summary>
    [HttpGet("eds-summary.pdf"), Authorize(Policy = Policies.EqualityLead)]
    public Task<IActionResult> EdsSummaryPdf(int id, CancellationToken ct) => EdsSummaryAsync(id, word: false, ct);

    /// <summary>The preview as an editable Word file.</summary>
    [HttpGet("eds-summary.docx"), Authorize(Policy = Policies.EqualityLead)]
    public Task<IActionResult> EdsSummaryWord(int id, CancellationToken ct) => EdsSummaryAsync(id, word: true, ct);

    private async Task<IActionResult> EdsSummaryAsync(int id, bool word, CancellationToken ct)
    {
        var workspace = await workspaces.LoadAsync(id, ct);
        if (workspace is null)
        {
            return await db.Cycles.AnyAsync(c => c.Id == id, ct)
                ? Refused(StatusCodes.Status404NotFound, "There is no EDS summary for this cycle yet", "Start EDS grading for the cycle first: the summary is made from its outcomes, evidence and agreed scores.")
                : NotFound();
        }
        var summary = await summaries.BuildAsync(workspace, ct);
        var document = EdsSummaryComposer.Compose(summary, publishedAt: null);
        var file = word
            ? ReportFile.Docx(document, ReportFiles.Name(summary.OrganisationName, "eds-summary", workspace.Cycle.Name, "docx"))
            : ReportFile.Pdf(document, ReportFiles.Name(summary.OrganisationName, "eds-summary", workspace.Cycle.Name, "pdf"));
        return await SendAsync(workspace.Cycle, file, "EDS summary", ct);
    }

    /// <summary>Any other name under a cycle's reports: a page that says which reports there are, not a bare 404.</summary>
    [HttpGet("{*report}", Order = 1)]
    public IActionResult Unknown(int id, string? report)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        return View("UnknownReport", new UnknownReportPage(id, report is { Length: > 80 } ? report[..80] + "…" : report, User.IsInRole(AppClaims.EqualityLeadRole)));
    }

    private async Task<(Cycle?, IActionResult?)> LoadCycleAsync(int id, CancellationToken ct)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (cycle is null) return (null, NotFound());
        if (!ResultsAccess.CanSee(User, cycle))
            return (null, Refused(StatusCodes.Status403Forbidden, "This report is not available to you yet",
                "Board members can download a cycle's reports once the equality lead releases its results."));
        return (cycle, null);
    }

    private Task<FileContentResult> SendAsync(Cycle cycle, ReportFile file, string what, CancellationToken ct) =>
        downloads.SendAsync(file, "Cycle", cycle.Id.ToString(CultureInfo.InvariantCulture), $"the {what} of {cycle.Name}", ct);
}

public sealed record UnknownReportPage(int CycleId, string? Requested, bool CanOpenCycle);
