using IncLead.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Eds.Evidence;

/// <summary>An outcome's evidence as the lead and the panel see it; <see cref="FileUrl"/> says where each file downloads from for this reader.</summary>
public sealed record EvidenceList(IReadOnlyList<EvidenceRow> Items, Func<int, string> FileUrl, Func<int, string>? EditUrl);

public sealed record EvidenceRow(int Id, int OutcomeId, string Title, string Summary, string? Link, string? FileName, long? FileSize, DateTime EvidenceDate,
    string Owner, string ProtectedCharacteristics, string HealthInclusionGroups, bool IsPublic)
{
    /// <summary>Rows without the file bytes. The query is not filtered by organisation here: callers scope it by assessment.</summary>
    public static IQueryable<EvidenceRow> Query(AppDbContext db, int assessmentId, int? outcomeId = null, bool publicOnly = false) =>
        db.EvidenceItems.IgnoreQueryFilters()
            .Where(i => i.AssessmentId == assessmentId && (outcomeId == null || i.OutcomeId == outcomeId) && (!publicOnly || i.IsPublic))
            .OrderBy(i => i.EvidenceDate).ThenBy(i => i.Id)
            .Select(i => new EvidenceRow(i.Id, i.OutcomeId, i.Title, i.Summary, i.Link, i.FileName, i.FileSize, i.EvidenceDate, i.Owner,
                i.ProtectedCharacteristics, i.HealthInclusionGroups, i.IsPublic));
}
