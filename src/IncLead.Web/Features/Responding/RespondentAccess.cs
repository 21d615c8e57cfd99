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
    // Compiled once, untracked: it runs on every stage page and autosave, and neither changes the cycle or respondent.
    // A plain left join: (CycleId, UserId) is unique, and a FirstOrDefault in the projection would cost a window function.
    private static readonly Func<AppDbContext, int, string, Task<RespondentAccess?>> Query = EF.CompileAsyncQuery(
        (AppDbContext db, int cycleId, string userId) =>
            (from c in db.Cycles.AsNoTracking()
             where c.Id == cycleId && c.State != CycleState.Draft
             join r in db.Respondents.AsNoTracking().Where(r => r.UserId == userId) on c.Id equals r.CycleId into mine
             from r in mine.DefaultIfEmpty()
             select new RespondentAccess(c, r))
            .FirstOrDefault());

    public static async Task<RespondentAccess> LoadAsync(AppDbContext db, ClaimsPrincipal user, int cycleId)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        // The pages that call this require a signed-in board member, so a missing id is never a respondent.
        return userId is null ? new(null, null) : await Query(db, cycleId, userId) ?? new(null, null);
    }
}
