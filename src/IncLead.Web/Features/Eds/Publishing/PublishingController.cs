using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Eds.Publishing;

/// <summary>The equality lead previews the EDS summary exactly as the public will see it, publishes it, and can withdraw it.</summary>
[Authorize(Policy = Policies.EqualityLead), Route("cycles/{cycleId:int}/eds")]
public sealed class PublishingController(AppDbContext db, EdsWorkspaceQuery workspaces, EdsSummaryQuery summaries, SummaryPublisher publisher) : AppController
{
    [HttpGet("publish")]
    public async Task<IActionResult> Show(int cycleId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        if (workspace is null) return NotFound();
        var live = await db.EdsPublications.AsNoTracking().Where(p => p.AssessmentId == workspace.Assessment.Id && p.WithdrawnAt == null)
            .OrderByDescending(p => p.PublishedAt).Select(p => new LivePublication(p.PublishedAt, p.PublishedByName, p.Slug)).FirstOrDefaultAsync();
        var summary = await summaries.BuildAsync(workspace);
        return View(new PublishPage(workspace, summary, live, live is null ? null : SummaryPublisher.Address(summary.OdsCode, live.Slug)));
    }

    [HttpPost("publish")]
    public async Task<IActionResult> Publish(int cycleId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        if (workspace is null) return NotFound();
        var address = await publisher.PublishAsync(workspace, User.FindFirstValue(AppClaims.FullName) ?? "Equality lead");
        Flash($"The EDS summary for {workspace.Cycle.Name} is published at {address}.");
        return RedirectToAction(nameof(Show), new { cycleId });
    }

    [HttpPost("unpublish")]
    public async Task<IActionResult> Unpublish(int cycleId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        if (workspace is null) return NotFound();
        var withdrawn = await publisher.WithdrawAsync(workspace);
        Flash(withdrawn ? $"The EDS summary for {workspace.Cycle.Name} is no longer published." : "The EDS summary was not published.");
        return RedirectToAction(nameof(Show), new { cycleId });
    }
}

public sealed record LivePublication(DateTime PublishedAt, string PublishedByName, string Slug);

public sealed record PublishPage(EdsWorkspace Workspace, EdsSummary Preview, LivePublication? Live, string? Address);
