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
        // A plain left join: (CycleId, UserId) is unique, and a FirstOrDefault in the projection would cost a window function.
        var found = await (from c in db.Cycles
                           where c.Id == cycleId && c.State != CycleState.Draft
                           join r in db.Respondents.Where(r => r.UserId == userId) on c.Id equals r.CycleId into mine
                           from r in mine.DefaultIfEmpty()
                           select new { Cycle = c, Respondent = r })
            .FirstOrDefaultAsync();
        return new(found?.Cycle, userId is null ? null : found?.Respondent);
    }
}
