using IncLead.Web.Data;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Features.Invitations;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Eds.Panel;

/// <summary>
/// Opens a panellist's link. A panellist has no account and so no organisation in their session: every read here
/// ignores the tenancy filter and is scoped instead to the link's own organisation, assessment and outcomes.
/// </summary>
public sealed class PanelAccess(AppDbContext db, TimeProvider clock)
{
    public async Task<(Panellist? Panellist, PanelLinkProblem? Problem)> OpenAsync(string token, CancellationToken ct = default)
    {
        var hash = InvitationSender.Hash(token);
        var panellist = await db.Panellists.IgnoreQueryFilters().Include(p => p.Outcomes).SingleOrDefaultAsync(p => p.TokenHash == hash, ct);
        if (panellist is null) return (null, PanelLinkProblem.Unknown);
        return panellist.StateAt(clock.GetUtcNow().UtcDateTime) switch
        {
            PanelLinkState.Expired => (null, PanelLinkProblem.Expired),
            PanelLinkState.Revoked => (null, PanelLinkProblem.Revoked),
            _ => (panellist, null),
        };
    }

    public async Task<PanelContext> ContextAsync(Panellist panellist, CancellationToken ct = default)
    {
        var assessment = await db.EdsAssessments.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Id == panellist.AssessmentId && a.OrganisationId == panellist.OrganisationId)
            .Select(a => new { a.FrameworkId, a.CycleId }).SingleAsync(ct);
        var organisation = await db.Organisations.Where(o => o.Id == panellist.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var cycle = await db.Cycles.IgnoreQueryFilters().Where(c => c.Id == assessment.CycleId).Select(c => c.Name).SingleAsync(ct);
        var issued = panellist.Outcomes.Select(o => o.OutcomeId).ToList();
        var outcomes = await (
            from o in db.EdsOutcomes
            join d in db.EdsDomains on o.DomainId equals d.Id
            where d.FrameworkId == assessment.FrameworkId && issued.Contains(o.Id)
            orderby d.Number, o.Order
            select new PanelOutcome(o.Id, o.Code, o.Text, o.Guidance, o.WordingToBeConfirmed, d.Code + ": " + d.Title)).ToListAsync(ct);
        var grades = await db.EdsGrades.Where(g => g.FrameworkId == assessment.FrameworkId).OrderBy(g => g.Score)
            .Select(g => new GradeName(g.Score, g.Name, g.Colour, g.Description, g.WordingToBeConfirmed)).ToListAsync(ct);
        var given = await db.ProvisionalScores.IgnoreQueryFilters().Where(s => s.PanellistId == panellist.Id)
            .ToDictionaryAsync(s => s.OutcomeId, s => (s.Score, s.Comment, s.SubmittedAt), ct);
        return new PanelContext(panellist, organisation, cycle, outcomes, grades, given);
    }
}

public enum PanelLinkProblem
{
    Unknown,
    Expired,
    Revoked,
}

/// <summary>What one panellist may see: their organisation's name, the cycle, the outcomes on their link and their own scores.</summary>
public sealed record PanelContext(Panellist Panellist, string OrganisationName, string CycleName, IReadOnlyList<PanelOutcome> Outcomes,
    IReadOnlyList<GradeName> Grades, IReadOnlyDictionary<int, (int Score, string Comment, DateTime SubmittedAt)> Given)
{
    public string GradeName(int score) => Grades.FirstOrDefault(g => g.Score == score)?.Name ?? score.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record PanelOutcome(int Id, string Code, string Text, string Guidance, bool WordingToBeConfirmed, string Domain);
