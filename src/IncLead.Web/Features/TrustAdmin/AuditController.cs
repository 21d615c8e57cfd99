using IncLead.Documents.Spreadsheets;
using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure.Auditing;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.TrustAdmin;

/// <summary>The organisation's audit log, filtered and exported. The tenancy filter keeps other organisations' entries out.</summary>
[Authorize(Policy = Policies.TrustAdmin), Route("admin/audit")]
public sealed class AuditController(AppDbContext db, AuditLog audit) : AppController
{
    private const int PageSize = 50;

    // [FromQuery]: without it the filter's Action was bound from the route's "action" value (Index, Export), so the
    // log listed nothing unless an action was chosen.
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter)
    {
        if (!ModelState.IsValid) return Invalid(new AuditPage(filter, [], 0, []), "Audit");
        var query = Apply(filter);
        var total = await query.CountAsync();
        var rows = await query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Skip((filter.Page - 1) * PageSize).Take(PageSize)
            .Select(a => new AuditRow(a.OccurredAt, a.ActorName, a.Action, a.Summary, a.IpAddress)).ToListAsync();
        var actions = await db.AuditEntries.Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync();
        return View("Audit", new AuditPage(filter, rows, total, actions));
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] AuditFilter filter)
    {
        if (!ModelState.IsValid) return Invalid(new AuditPage(filter, [], 0, []), "Audit");
        var rows = await Apply(filter).OrderBy(a => a.OccurredAt).ThenBy(a => a.Id)
            .Select(a => new AuditRow(a.OccurredAt, a.ActorName, a.Action, a.Summary, a.IpAddress)).ToListAsync();

        audit.Record(AuditActions.AuditExported, "AuditLog", "", $"Exported {rows.Count} audit entries as CSV");
        await db.SaveChangesAsync();

        var sheet = new Sheet("Audit log",
            [new Column("Time (UK time)", ColumnType.Date), new Column("Who"), new Column("Event code"), new Column("What happened"), new Column("Details"), new Column("IP address")],
            [.. rows.Select(r => (IReadOnlyList<object?>)[Dates.ToLondon(r.OccurredAt), r.ActorName, r.Action, AuditEventNames.Of(r.Action), r.Summary, r.IpAddress])]);
        return File(CsvWriter.Write(sheet), CsvWriter.ContentType, "inclead-audit-log.csv");
    }

    private IQueryable<AuditEntry> Apply(AuditFilter f)
    {
        var query = db.AuditEntries.AsQueryable();
        if (!string.IsNullOrWhiteSpace(f.Action)) query = query.Where(a => a.Action == f.Action);
        // The days are UK days: a sign-in at 00:30 BST on 1 July is on 1 July, though it is 30 June in UTC.
        if (f.From is { } from)
        {
            var start = Dates.LondonMidnightUtc(from);
            query = query.Where(a => a.OccurredAt >= start);
        }
        if (f.To is { } to)
        {
            var end = Dates.LondonMidnightUtc(to.AddDays(1));
            query = query.Where(a => a.OccurredAt < end);
        }
        if (!string.IsNullOrWhiteSpace(f.Search))
        {
            var term = f.Search.Trim();
            query = query.Where(a => a.ActorName.Contains(term) || a.Summary.Contains(term));
        }
        return query;
    }

}
