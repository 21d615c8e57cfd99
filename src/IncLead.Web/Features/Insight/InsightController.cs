using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Results;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Insight;

/// <summary>Views beyond the plain results: by role group, improvement priorities. Same access rule as the results.</summary>
[Authorize(Policy = Policies.OrganisationMember), Route("cycles/{id:int}")]
public sealed class InsightController(AppDbContext db, RoleGroupQuery groups) : AppController
{
    [HttpGet("groups")]
    public async Task<IActionResult> Groups(int id)
    {
        var (cycle, refusal) = await LoadCycleAsync(id);
        if (cycle is null) return refusal!;
        return View(new RoleGroupPage(cycle, await groups.LoadAsync(cycle)));
    }

    private async Task<(Cycle?, IActionResult?)> LoadCycleAsync(int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return (null, NotFound());
        if (!ResultsAccess.CanSee(User, cycle))
            return (null, Refused(StatusCodes.Status403Forbidden, "These results are not available to you yet",
                "Board members see a cycle's results once the equality lead releases them."));
        return (cycle, null);
    }
}

public sealed record RoleGroupPage(Cycle Cycle, RoleGroupResults Groups);
