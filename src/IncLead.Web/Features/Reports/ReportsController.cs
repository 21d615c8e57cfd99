using IncLead.Documents.Pdf;
using IncLead.Documents.Spreadsheets;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Results;
using IncLead.Web.Features.Stories;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using IncLead.Web.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Reports;

/// <summary>
/// Downloadable reports of a cycle. Whoever may see the cycle's results may download them (equality leads, and board
/// members once results are released); the query filter makes another organisation's cycle a 404. Every download is
/// audit-logged, because a file leaves the system's control once it is downloaded.
/// </summary>
[Authorize(Policy = Policies.BoardMemberOrEqualityLead), Route("cycles/{id:int}/reports")]
public sealed class ReportsController(AppDbContext db, BoardPackLoader packs, AuditLog audit) : AppController
{
    [HttpGet("board-pack.pdf")]
    public async Task<IActionResult> BoardPack(int id, CancellationToken ct)
    {
        var (cycle, refusal) = await LoadCycleAsync(id, ct);
        if (cycle is null) return refusal!;
        var input = await packs.LoadAsync(cycle, StoryReaders.From(User), ct);
        var pdf = PdfRenderer.Render(BoardPackComposer.Compose(input));
        return await DownloadAsync(cycle, pdf, "application/pdf", ReportFiles.Name(input.Organisation, "board-pack", cycle.Name, "pdf"), "board pack", ct);
    }

    [HttpGet("workbook.xlsx")]
    public async Task<IActionResult> Workbook(int id, CancellationToken ct)
    {
        var (cycle, refusal) = await LoadCycleAsync(id, ct);
        if (cycle is null) return refusal!;
        var input = await packs.LoadAsync(cycle, StoryReaders.From(User), ct);
        var xlsx = XlsxWriter.Write(BoardWorkbookComposer.Compose(input));
        return await DownloadAsync(cycle, xlsx, XlsxWriter.ContentType, ReportFiles.Name(input.Organisation, "board-pack-data", cycle.Name, "xlsx"), "board pack workbook", ct);
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

    private async Task<IActionResult> DownloadAsync(Cycle cycle, byte[] content, string contentType, string fileName, string what, CancellationToken ct)
    {
        audit.Record(AuditActions.ReportExported, "Cycle", cycle.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Downloaded the {what} of {cycle.Name} ({fileName})");
        await db.SaveChangesAsync(ct);
        return File(content, contentType, fileName);
    }
}
