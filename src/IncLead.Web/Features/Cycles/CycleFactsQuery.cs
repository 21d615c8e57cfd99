using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Cycles;

/// <summary>
/// Reads <see cref="CycleFacts"/> in two queries whatever the size of the cycle: one for the cycle with its counts as
/// correlated subqueries, one for its EDS grading. The home page runs it on every visit, so it must not grow.
/// </summary>
public static class CycleFactsQuery
{
    /// <summary>How <see cref="Reporting.ReportDownloads"/> words a board pack download in the audit log (the workbook's entry reads "board pack workbook").</summary>
    public const string BoardPackDownloadPrefix = "Downloaded the board pack of ";

    public static Task<CycleFacts?> ForCycleAsync(AppDbContext db, int cycleId, CancellationToken ct = default) =>
        LoadAsync(db, db.Cycles.Where(c => c.Id == cycleId), ct);

    /// <summary>The newest cycle is the one the equality lead is working on.</summary>
    public static Task<CycleFacts?> NewestAsync(AppDbContext db, CancellationToken ct = default) =>
        LoadAsync(db, db.Cycles.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(1), ct);

    private static async Task<CycleFacts?> LoadAsync(AppDbContext db, IQueryable<Cycle> cycles, CancellationToken ct)
    {
        // Positions are agreed on the statements the organisation is asked, so only those count (decision 0027).
        var organisationId = await cycles.Select(c => (int?)c.OrganisationId).FirstOrDefaultAsync(ct);
        if (organisationId is null) return null;
        var kinds = await StatementsAsked.KindsAsync(db, organisationId.Value, ct);
        var row = await cycles.Select(c => new
        {
            c.Id, c.Name, c.State, c.OpensOn, c.ClosesOn, c.OpenedAt, c.ClosedAt, c.SignedOffAt, c.ResultsReleasedAt,
            Respondents = db.Respondents.Count(r => r.CycleId == c.Id),
            Finished = db.Respondents.Count(r => r.CycleId == c.Id
                && db.StageCompletions.Count(s => s.RespondentId == r.Id) >= db.Stages.Count(s => s.FrameworkId == c.FrameworkId)),
            LastReminded = db.Respondents.Where(r => r.CycleId == c.Id).Max(r => r.LastRemindedAt),
            Statements = db.Statements.Count(s => (s.AppliesTo == Domain.Frameworks.Applicability.Everyone || (s.AppliesTo & kinds) != 0)
                && db.Factors.Any(f => f.Id == s.FactorId && db.Stages.Any(st => st.Id == f.StageId && st.FrameworkId == c.FrameworkId))),
            Positions = db.AgreedPositions.Count(p => p.CycleId == c.Id),
            Actions = db.Actions.Count(a => a.CycleId == c.Id),
            // The board pack counts as handed over once someone downloads it after the (latest) sign-off.
            BoardPack = c.SignedOffAt != null && db.AuditEntries.Any(a => a.Action == AuditActions.ReportExported && a.TargetType == "Cycle"
                && a.TargetId == c.Id.ToString() && a.Summary.StartsWith(BoardPackDownloadPrefix) && a.OccurredAt >= c.SignedOffAt),
        }).SingleOrDefaultAsync(ct);
        if (row is null) return null;

        var eds = await db.EdsAssessments.Where(a => a.CycleId == row.Id).Select(a => new EdsFacts(
            db.EdsOutcomes.Count(o => db.EdsDomains.Any(d => d.Id == o.DomainId && d.FrameworkId == a.FrameworkId)),
            db.EdsOutcomeGrades.Count(g => g.AssessmentId == a.Id && (g.Score != null || g.ServiceScores.Any())),
            db.EdsPublications.Any(p => p.AssessmentId == a.Id && p.WithdrawnAt == null))).FirstOrDefaultAsync(ct);

        return new CycleFacts(row.Id, row.Name, row.State, row.OpensOn, row.ClosesOn, row.OpenedAt, row.ClosedAt, row.SignedOffAt, row.ResultsReleasedAt,
            row.Respondents, row.Finished, row.LastReminded, row.Statements, row.Positions, row.BoardPack, row.Actions, eds);
    }
}
