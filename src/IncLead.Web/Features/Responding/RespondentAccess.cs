using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Responding;

/// <summary>
/// The signed-in person's place in a cycle. Every responding URL is resolved through here, and answers are always
/// looked up by this respondent, so no URL can reach another person's answers. One query: it runs on every autosave.
/// </summary>
public sealed record RespondentAccess(RespondentCycle? Cycle, int? RespondentId)
{
    // Compiled once, reading only the columns the questionnaire uses: it runs on every stage page and autosave, where
    // preparing the statement for whole entities was a tenth of the request (issue 3's load test).
    // A plain left join: (CycleId, UserId) is unique, and a FirstOrDefault in the projection would cost a window function.
    private static readonly Func<AppDbContext, int, string, Task<RespondentAccess?>> Query = EF.CompileAsyncQuery(
        (AppDbContext db, int cycleId, string userId) =>
            (from c in db.Cycles
             where c.Id == cycleId && c.State != CycleState.Draft
             join r in db.Respondents.Where(r => r.UserId == userId) on c.Id equals r.CycleId into mine
             from r in mine.DefaultIfEmpty()
             join o in db.Organisations on c.OrganisationId equals o.Id
             select new RespondentAccess(new RespondentCycle(c.Id, c.OrganisationId, c.Name, c.FrameworkId, c.ClosesOn, c.State,
                 Applicability.Kinds(o.Type, o.HasCouncilOfGovernors)), (int?)r.Id))
            .FirstOrDefault());

    public static async Task<RespondentAccess> LoadAsync(AppDbContext db, ClaimsPrincipal user, int cycleId)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        // The pages that call this require a signed-in board member, so a missing id is never a respondent.
        return userId is null ? new(null, null) : await Query(db, cycleId, userId) ?? new(null, null);
    }

    /// <summary>How long a factor page may reuse what the query found for this person and cycle.</summary>
    public static readonly TimeSpan PageReuse = TimeSpan.FromSeconds(10);

    /// <summary>
    /// For showing a page only: what <see cref="LoadAsync"/> found for this person, organisation and cycle in the last
    /// <see cref="PageReuse"/>. Going from one factor page to the next is the questionnaire's commonest request, and
    /// this query was the most expensive part of it (decision 0029). Every save asks afresh, so a cycle closed in
    /// those seconds still refuses answers with its own message, and closing a cycle on this instance ends the reuse
    /// at once (<see cref="Forget"/>). The entry is keyed by the organisation the cookie names, whose tenancy filter
    /// made it, so it is never served in another.
    /// </summary>
    public static async Task<RespondentAccess> LoadForPageAsync(AppDbContext db, IMemoryCache recent, ClaimsPrincipal user, int cycleId)
    {
        var key = (typeof(RespondentAccess), user.FindFirstValue(ClaimTypes.NameIdentifier), CurrentOrganisation.ReadId(user), cycleId);
        if (recent.TryGetValue(key, out RespondentAccess? known) && known is not null) return known;
        var access = await LoadAsync(db, user, cycleId);
        // Only a cycle that exists in the person's organisation is remembered: the id comes from the URL, and
        // remembering misses would let anyone fill the cache.
        if (access.Cycle is null) return access;
        var forget = recent.GetOrCreate(CycleKey(cycleId), e =>
        {
            e.SlidingExpiration = TimeSpan.FromMinutes(10);
            return new CancellationTokenSource();
        })!;
        recent.Set(key, access, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = PageReuse }.AddExpirationToken(new CancellationChangeToken(forget.Token)));
        return access;
    }

    /// <summary>A cycle changed state (it closed): its pages stop reusing what was found before.</summary>
    public static void Forget(IMemoryCache recent, int cycleId)
    {
        if (!recent.TryGetValue(CycleKey(cycleId), out CancellationTokenSource? forget) || forget is null) return;
        recent.Remove(CycleKey(cycleId));
        forget.Cancel();
    }

    private static (Type, string, int) CycleKey(int cycleId) => (typeof(RespondentAccess), "cycle", cycleId);
}

/// <summary>What the questionnaire needs of a cycle; <paramref name="Kinds"/> says which statements its organisation is asked.</summary>
public sealed record RespondentCycle(int Id, int OrganisationId, string Name, int FrameworkId, DateTime ClosesOn, CycleState State, int Kinds)
{
    public bool AcceptsAnswers => State == CycleState.Open;
}
