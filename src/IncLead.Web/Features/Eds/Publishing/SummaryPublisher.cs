using System.Globalization;
using System.Text.RegularExpressions;
using IncLead.Web.Data;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Eds.Publishing;

/// <summary>
/// Publishes a cycle's EDS summary at a stable public address (/eds/{ODS code}/{slug}) by freezing what may be
/// published, and withdraws it. Publishing again replaces the live copy; the address stays the same.
/// </summary>
public sealed partial class SummaryPublisher(AppDbContext db, EdsSummaryQuery summaries, AuditLog audit, TimeProvider clock)
{
    public async Task<string> PublishAsync(EdsWorkspace workspace, string byName, CancellationToken ct = default)
    {
        var summary = await summaries.BuildAsync(workspace, ct);
        var assessment = await db.EdsAssessments.SingleAsync(a => a.Id == workspace.Assessment.Id, ct);
        assessment.FixPublicSlug(await FreeSlugAsync(assessment, workspace.Cycle.Name, ct));
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var live in await db.EdsPublications.Where(p => p.AssessmentId == assessment.Id && p.WithdrawnAt == null).ToListAsync(ct)) live.Withdraw(now);
        db.EdsPublications.Add(new EdsPublication(assessment.OrganisationId, assessment.Id, assessment.PublicSlug!, summary.ToJson(), byName, now));
        var address = Address(summary.OdsCode, assessment.PublicSlug!);
        audit.Record(AuditActions.EdsSummaryPublished, "EdsPublication", address,
            $"{workspace.Cycle.Name}: published the EDS summary at {address} ({summary.OutcomesAgreed} of {summary.OutcomeCount} outcomes agreed, " +
            $"organisation rating {summary.OrganisationRatingName ?? "none"}, {summary.Domains.Sum(d => d.Outcomes.Sum(o => o.Evidence.Count))} public evidence items, {summary.Objectives.Count} objectives)");
        await db.SaveChangesAsync(ct);
        return address;
    }

    public async Task<bool> WithdrawAsync(EdsWorkspace workspace, CancellationToken ct = default)
    {
        var live = await db.EdsPublications.Where(p => p.AssessmentId == workspace.Assessment.Id && p.WithdrawnAt == null).ToListAsync(ct);
        if (live.Count == 0) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var publication in live) publication.Withdraw(now);
        audit.Record(AuditActions.EdsSummaryWithdrawn, "EdsPublication", workspace.Assessment.PublicSlug ?? workspace.Cycle.Id.ToString(CultureInfo.InvariantCulture),
            $"{workspace.Cycle.Name}: withdrew the published EDS summary");
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static string Address(string odsCode, string slug) => $"/eds/{odsCode.ToLowerInvariant()}/{slug}";

    /// <summary>"2026/27" becomes "2026-27"; a clash with another cycle's address gets the cycle's id added.</summary>
    private async Task<string> FreeSlugAsync(EdsAssessment assessment, string cycleName, CancellationToken ct)
    {
        if (assessment.PublicSlug is not null) return assessment.PublicSlug;
        var slug = NotSlugCharacters().Replace(cycleName.ToLowerInvariant(), "-").Trim('-');
        if (slug.Length > 40) slug = slug[..40].Trim('-');
        if (slug.Length == 0) slug = "cycle";
        var taken = await db.EdsAssessments.AnyAsync(a => a.Id != assessment.Id && a.PublicSlug == slug, ct);
        return taken || slug == "cycle" ? $"{slug}-{assessment.CycleId}" : slug;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlugCharacters();
}
