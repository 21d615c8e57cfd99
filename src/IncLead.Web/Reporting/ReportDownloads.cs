using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Reporting;

/// <summary>
/// Sends a signed-in person's download and records it, in one place, so no export can skip the audit entry: a file
/// leaves the system's control once it is downloaded. The entry is saved before the file is handed over, so a
/// download the log could not record does not happen.
/// </summary>
public sealed class ReportDownloads(AppDbContext db, AuditLog audit, CurrentOrganisation organisation)
{
    public async Task<FileContentResult> SendAsync(ReportFile file, string targetType, string targetId, string what, CancellationToken ct = default)
    {
        audit.Record(AuditActions.ReportExported, targetType, targetId, $"Downloaded {what} ({file.FileName})");
        await db.SaveChangesAsync(ct);
        return file.ToResult();
    }

    /// <summary>The signed-in person's organisation, which every report and file name carries.</summary>
    public Task<string> OrganisationNameAsync(CancellationToken ct = default) =>
        db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.Name).SingleAsync(ct);
}
