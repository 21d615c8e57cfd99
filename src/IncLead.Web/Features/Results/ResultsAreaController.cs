using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Results;

/// <summary>
/// Pages that show a cycle's results in some form (results, consensus, trend, groups, priorities, targets, benchmark):
/// one way to find the cycle and refuse it, with the same words, until its results are released to the person.
/// </summary>
public abstract class ResultsAreaController : AppController
{
    protected async Task<(Cycle? Cycle, IActionResult? Refusal)> LoadVisibleCycleAsync(AppDbContext db, int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return (null, NotFound());
        if (!ResultsAccess.CanSee(User, cycle))
            return (null, Refused(StatusCodes.Status403Forbidden, "These results are not available to you yet",
                "Board members see a cycle's results once the equality lead releases them."));
        return (cycle, null);
    }
}
