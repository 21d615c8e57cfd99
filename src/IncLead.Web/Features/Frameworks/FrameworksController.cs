using IncLead.Web.Data;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Frameworks;

/// <summary>The framework library, read-only: every imported version with its stages, factors and statements (or EDS outcomes).</summary>
[Authorize, Route("frameworks")]
public sealed class FrameworksController(AppDbContext db) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(await db.Frameworks.OrderBy(f => f.Kind).ThenByDescending(f => f.Version).AsNoTracking().ToListAsync());

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id)
    {
        var framework = await db.Frameworks.AsNoTracking().AsSplitQuery()
            .Include(f => f.Stages).ThenInclude(s => s.Factors).ThenInclude(f => f.Statements)
            .Include(f => f.Domains).ThenInclude(d => d.Outcomes)
            .Include(f => f.Grades)
            .Include(f => f.CommunityEngagementChecks)
            .SingleOrDefaultAsync(f => f.Id == id);
        return framework is null ? NotFound() : View(framework);
    }
}
