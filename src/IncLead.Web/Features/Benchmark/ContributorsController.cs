using IncLead.Web.Data;
using IncLead.Web.Domain.Benchmarking;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Benchmark;

/// <summary>For platform admins: which organisations take part and when they shared, never what they shared.</summary>
[Authorize(Policy = Policies.PlatformAdmin), Route("platform/benchmark")]
public sealed class ContributorsController(AppDbContext db) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var rows = await (
            from p in db.BenchmarkParticipations.IgnoreQueryFilters()
            join o in db.Organisations on p.OrganisationId equals o.Id
            orderby o.Name
            select new ContributorRow(o.Name, p.PeerGroup, p.OptedIn, p.ChangedAt, p.FirstSharedAt,
                db.BenchmarkContributions.IgnoreQueryFilters().Where(c => c.OrganisationId == p.OrganisationId).Max(c => (DateTime?)c.SharedAt)))
            .ToListAsync();
        return View(rows);
    }
}

public sealed record ContributorRow(string Organisation, PeerGroup PeerGroup, bool OptedIn, DateTime ChangedAt, DateTime? FirstSharedAt, DateTime? LastSharedAt);
