using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Features.Eds.Evidence;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace IncLead.Web.Features.Eds.Publishing;

/// <summary>
/// The published EDS summary, for anyone, without signing in. It shows the frozen copy made when the equality lead
/// published, never live records, so nothing unpublished can appear; a withdrawn summary is not found. A reader has
/// no organisation, so these are deliberate cross-organisation reads, scoped by the address.
/// </summary>
[AllowAnonymous, Route("eds/{odsCode}/{slug}")]
public sealed class PublicSummaryController(AppDbContext db, IMemoryCache rendered) : AppController, IExemptFromTwoFactorEnrolment
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string odsCode, string slug, CancellationToken ct)
    {
        var publication = await FindAsync(odsCode, slug, ct);
        if (publication is null) return NotFound();
        return View("Public", new PublicPage(EdsSummary.FromJson(publication.Snapshot), publication.PublishedAt, SummaryPublisher.Address(odsCode, slug)));
    }

    /// <summary>
    /// The published copy as a PDF, made from the same frozen snapshot as the page and dated by its publication, so it
    /// holds nothing the page does not and is the same file until the summary is published again. Not audit-logged:
    /// it is already public, like the page, and logging anonymous reads would let anyone fill the audit log.
    /// </summary>
    [HttpGet("summary.pdf")]
    public async Task<IActionResult> Pdf(string odsCode, string slug, CancellationToken ct)
    {
        var publication = await FindAsync(odsCode, slug, ct);
        if (publication is null) return NotFound();
        // Rendered once per publication and kept for an hour after its last download: anyone may ask for it without
        // signing in, and each render costs tens of milliseconds of CPU. Republishing gives a new key.
        var file = await rendered.GetOrCreateAsync(("public-eds-summary-pdf", publication.Id, publication.PublishedAt), entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            var summary = EdsSummary.FromJson(publication.Snapshot);
            var document = EdsSummaryComposer.Compose(summary, publication.PublishedAt);
            return Task.FromResult(ReportFile.Pdf(document, ReportFiles.Name(summary.OrganisationName, "eds-summary", summary.CycleName, "pdf")));
        });
        return file!.ToResult();
    }

    [HttpGet("evidence/{evidenceId:int}")]
    public async Task<IActionResult> Evidence(string odsCode, string slug, int evidenceId, CancellationToken ct)
    {
        var publication = await FindAsync(odsCode, slug, ct);
        if (publication is null) return NotFound();
        var published = EdsSummary.FromJson(publication.Snapshot).Domains.SelectMany(d => d.Outcomes).SelectMany(o => o.Evidence).Any(e => e.Id == evidenceId && e.FileName is not null);
        if (!published) return NotFound();
        // Still public now: marking evidence private takes its file down at once, without waiting for a new publication.
        var item = await db.EvidenceItems.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == evidenceId && i.OrganisationId == publication.OrganisationId && i.AssessmentId == publication.AssessmentId && i.IsPublic, ct);
        if (item?.FileKind is not { } kind) return NotFound();
        var content = await db.EvidenceFiles.IgnoreQueryFilters().Where(f => f.EvidenceItemId == item.Id).Select(f => f.Content).SingleOrDefaultAsync(ct);
        return content is null ? NotFound() : File(content, EvidenceFileCheck.ContentType(kind), item.FileName);
    }

    private async Task<Domain.Eds.EdsPublication?> FindAsync(string odsCode, string slug, CancellationToken ct)
    {
        if (!Organisation.IsValidOdsCode(odsCode)) return null;
        var code = Organisation.NormaliseOdsCode(odsCode);
        var organisationId = await db.Organisations.Where(o => o.OdsCode == code).Select(o => (int?)o.Id).SingleOrDefaultAsync(ct);
        if (organisationId is null) return null;
        var key = slug.ToLowerInvariant();
        return await db.EdsPublications.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && p.Slug == key && p.WithdrawnAt == null)
            .OrderByDescending(p => p.PublishedAt).FirstOrDefaultAsync(ct);
    }
}

public sealed record PublicPage(EdsSummary Summary, DateTime PublishedAt, string Address);
