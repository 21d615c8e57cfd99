using IncLead.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Support;

/// <summary>The audit entries downloads leave behind.</summary>
public static class Exports
{
    public static Task<List<string>> ExportSummariesAsync(this AppFactory app, string targetType, string targetId = "") => app.QueryAsync(db =>
        db.AuditEntries.IgnoreQueryFilters().Where(a => a.Action == AuditActions.ReportExported && a.TargetType == targetType && a.TargetId == targetId)
            .OrderBy(a => a.Id).Select(a => a.Summary).ToListAsync());
}
