using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Responding;

/// <summary>
/// The signed-in person's place in a cycle. Every responding URL is resolved through here, and answers are always
/// looked up by this respondent, so no URL can reach another person's answers.
/// </summary>
public sealed record RespondentAccess(Cycle? Cycle, Respondent? Respondent)
{
    public static async Task<RespondentAccess> LoadAsync(AppDbContext db, ClaimsPrincipal user, int cycleId)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == cycleId && c.State != CycleState.Draft);
        if (cycle is null || userId is null) return new(cycle, null);
        return new(cycle, await db.Respondents.SingleOrDefaultAsync(r => r.CycleId == cycleId && r.UserId == userId));
    }
}
