using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Responding;

/// <summary>
/// The signed-in person's place in a cycle. Every responding URL is resolved through here, and answers are always
/// looked up by this respondent, so no URL can reach another person's answers. One query: it runs on every autosave.
/// </summary>
public sealed record RespondentAccess(Cycle? Cycle, Respondent? Respondent)
{
    public static async Task<RespondentAccess> LoadAsync(AppDbContext db, ClaimsPrincipal user, int cycleId)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var found = await db.Cycles.Where(c => c.Id == cycleId && c.State != CycleState.Draft)
            .Select(c => new { Cycle = c, Respondent = db.Respondents.FirstOrDefault(r => r.CycleId == c.Id && r.UserId == userId) })
            .SingleOrDefaultAsync();
        return new(found?.Cycle, userId is null ? null : found?.Respondent);
    }
}
