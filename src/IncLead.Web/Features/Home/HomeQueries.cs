using IncLead.Web.Data;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.Cycles;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Home;

/// <summary>
/// The data behind each role's home panel, in a few fixed queries however many cycles, stages or members there are:
/// the home page is the most visited page, so nothing here runs once per row.
/// </summary>
public static class HomeQueries
{
    /// <summary>Five queries: the person's cycles, their organisation, their stages, their completions and their answered counts.</summary>
    public static async Task<(IReadOnlyList<MemberCycle> Cycles, (int Id, string Name)? LatestReleased)> BoardMemberAsync(AppDbContext db, string userId, CancellationToken ct = default)
    {
        var mine = await (from r in db.Respondents
                          where r.UserId == userId
                          join c in db.Cycles on r.CycleId equals c.Id
                          where c.State != CycleState.Draft
                          orderby c.CreatedAt descending
                          select new { RespondentId = r.Id, c.Id, c.Name, c.State, c.ClosesOn, c.ResultsReleasedAt, c.FrameworkId, c.OrganisationId }).ToListAsync(ct);
        var latest = await db.Cycles.Where(c => c.ResultsReleasedAt != null && c.State != CycleState.Draft).OrderByDescending(c => c.CreatedAt)
            .Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(ct);
        (int, string)? released = latest is null ? null : (latest.Id, latest.Name);
        if (mine.Count == 0) return ([], released);

        var frameworkIds = mine.Select(m => m.FrameworkId).Distinct().ToList();
        var respondentIds = mine.Select(m => m.RespondentId).ToList();
        // A person's cycles are all their organisation's, so one set of statements asked counts for every stage.
        var kinds = await Cycles.StatementsAsked.KindsAsync(db, mine[0].OrganisationId, ct);
        var stages = await db.Stages.Where(s => frameworkIds.Contains(s.FrameworkId)).OrderBy(s => s.Number)
            .Select(s => new { s.Id, s.FrameworkId, s.Number, s.Title, s.EstimatedMinutes, Statements = s.Factors.SelectMany(f => f.Statements).Count(st => (st.AppliesTo == Domain.Frameworks.Applicability.Everyone || (st.AppliesTo & kinds) != 0)) }).ToListAsync(ct);
        var completed = (await db.StageCompletions.Where(c => respondentIds.Contains(c.RespondentId)).Select(c => new { c.RespondentId, c.StageId }).ToListAsync(ct))
            .Select(c => (c.RespondentId, c.StageId)).ToHashSet();
        var answered = await (from a in db.Answers
                              where respondentIds.Contains(a.RespondentId) && a.Rating != null
                              join s in db.Statements on a.StatementId equals s.Id
                              join f in db.Factors on s.FactorId equals f.Id
                              group a by new { a.RespondentId, f.StageId } into g
                              select new { g.Key.RespondentId, g.Key.StageId, Count = g.Count() }).ToDictionaryAsync(x => (x.RespondentId, x.StageId), x => x.Count, ct);

        var cycles = mine.Select(m => new MemberCycle(m.Id, m.Name, m.State, m.ClosesOn, m.ResultsReleasedAt is not null,
            stages.Where(s => s.FrameworkId == m.FrameworkId).Select(s => new MemberStage(s.Number, s.Title, s.EstimatedMinutes, s.Statements,
                answered.GetValueOrDefault((m.RespondentId, s.Id)), completed.Contains((m.RespondentId, s.Id)))).ToList())).ToList();
        return (cycles, released);
    }

    /// <summary>One query: the due dates of open actions, counted here against today's date.</summary>
    public static async Task<ActionFacts> ActionsAsync(AppDbContext db, DateTime today, CancellationToken ct = default)
    {
        var dueDates = await db.Actions.Where(a => a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress || a.Status == ActionStatus.Blocked)
            .Select(a => a.DueOn).ToListAsync(ct);
        return new ActionFacts(
            dueDates.Count(d => RagRule.IsOverdue(ActionStatus.InProgress, d, today)),
            dueDates.Count(d => RagRule.DaysUntilDue(d, today) is >= 0 and <= EqualityLeadTasks.DueSoonDays));
    }

    /// <summary>Two queries: invitations not accepted, and the active members' two-factor and lockout state.</summary>
    public static async Task<AdminFacts> TrustAdminAsync(AppDbContext db, DateTime now, CancellationToken ct = default)
    {
        // An invitation that expired more than a month ago is history, not a task.
        var since = now.AddDays(-TrustAdminTasks.ExpiredInvitationDays);
        var invitations = await db.Invitations.Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > since).Select(i => i.ExpiresAt).ToListAsync(ct);
        // Lockout ends are DateTimeOffset, which SQLite cannot compare in SQL; the members of one organisation are few.
        var members = await (from m in db.Memberships
                             where m.IsActive
                             join u in db.Users on m.UserId equals u.Id
                             select new { u.FullName, u.TwoFactorEnabled, u.LockoutEnd }).ToListAsync(ct);
        var locked = members.Where(m => m.LockoutEnd is { } end && end.UtcDateTime > now).Select(m => m.FullName).Order(StringComparer.CurrentCulture).ToList();
        return new AdminFacts(locked, invitations.Count(e => e > now), invitations.Count(e => e <= now), members.Count(m => !m.TwoFactorEnabled));
    }
}
