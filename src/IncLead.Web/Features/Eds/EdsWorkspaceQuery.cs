using IncLead.Web.Data;
using IncLead.Web.Domain.Eds;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Features.Eds;

/// <summary>
/// Loads a cycle's EDS assessment in a fixed handful of queries, whatever the number of outcomes, and works out each
/// outcome's status and the totals. Scoped to the current organisation by the query filters: another organisation's
/// cycle simply is not found.
/// </summary>
public sealed class EdsWorkspaceQuery(AppDbContext db, IOptions<EdsOptions> options)
{
    public async Task<EdsWorkspace?> LoadAsync(int cycleId, CancellationToken ct = default)
    {
        var cycle = await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cycleId, ct);
        if (cycle is null) return null;
        var assessment = await db.EdsAssessments.AsNoTracking().Include(a => a.Services).SingleOrDefaultAsync(a => a.CycleId == cycleId, ct);
        if (assessment is null) return null;
        return await LoadAsync(cycle, assessment, ct);
    }

    public async Task<EdsWorkspace> LoadAsync(Domain.Cycles.Cycle cycle, EdsAssessment assessment, CancellationToken ct = default)
    {
        var framework = await db.Frameworks.AsNoTracking().Where(f => f.Id == assessment.FrameworkId)
            .Select(f => new { f.Id, f.Title, f.Version, f.Kind }).SingleAsync(ct);
        var grades = await db.EdsGrades.AsNoTracking().Where(g => g.FrameworkId == framework.Id).OrderBy(g => g.Score)
            .Select(g => new GradeName(g.Score, g.Name, g.Colour, g.Description, g.WordingToBeConfirmed)).ToListAsync(ct);
        var domains = await db.EdsDomains.AsNoTracking().Where(d => d.FrameworkId == framework.Id).OrderBy(d => d.Number)
            .Include(d => d.Outcomes).ToListAsync(ct);
        var agreed = await db.EdsOutcomeGrades.AsNoTracking().Where(g => g.AssessmentId == assessment.Id).Include(g => g.ServiceScores).ToListAsync(ct);
        var evidence = await db.EvidenceItems.Where(i => i.AssessmentId == assessment.Id).GroupBy(i => i.OutcomeId)
            .Select(g => new { OutcomeId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.OutcomeId, g => g.Count, ct);
        var provisional = await db.ProvisionalScores.Where(s => db.Panellists.Any(p => p.Id == s.PanellistId && p.AssessmentId == assessment.Id))
            .GroupBy(s => s.OutcomeId).Select(g => new { OutcomeId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.OutcomeId, g => g.Count, ct);

        var services = assessment.Services.OrderBy(s => s.Number).ToList();
        var serviceIds = services.Select(s => s.Id).ToList();
        var agreedByOutcome = agreed.ToDictionary(g => g.OutcomeId, g => new AgreedView(g.Score, g.ServiceScores.ToDictionary(s => s.ServiceId, s => s.Score),
            g.Rationale, g.AgreedOn, g.Present, g.Version, g.UpdatedByName, g.UpdatedAt, g.Owner));

        var views = domains.Select(d => new DomainView(d.Id, d.Code, d.Number, d.Title, d.GradedPerService, d.MaxServices, d.WordingToBeConfirmed,
            [.. d.Outcomes.OrderBy(o => o.Order).Select(o =>
            {
                var a = agreedByOutcome.GetValueOrDefault(o.Id);
                var e = evidence.GetValueOrDefault(o.Id);
                var p = provisional.GetValueOrDefault(o.Id);
                var complete = a is not null && (d.GradedPerService ? serviceIds.Count > 0 && serviceIds.All(a.ServiceScores.ContainsKey) : a.Score is not null);
                var status = complete ? OutcomeStatus.Agreed : p > 0 ? OutcomeStatus.ProvisionalScoresIn : e > 0 ? OutcomeStatus.EvidenceGathered : OutcomeStatus.NoEvidence;
                return new OutcomeView(o.Id, o.Code, o.Text, o.Guidance, o.WordingToBeConfirmed, status, e, p, a);
            })])).ToList();

        var info = new EdsFrameworkInfo(framework.Id, framework.Title, framework.Version, framework.Kind, grades);
        EdsTotals? totals = null;
        if (framework.Kind == Domain.Frameworks.FrameworkKind.Eds2022)
        {
            totals = EdsScoring.Calculate(
                [.. views.Select(d => new DomainToScore(d.Code, d.PerService, [.. d.Outcomes.Select(o => o.Id)]))],
                serviceIds, agreedByOutcome.ToDictionary(a => a.Key, a => a.Value.ToScore()), options.Value.ToBands());
        }
        return new EdsWorkspace(cycle, assessment, info, views, services, totals, options.Value.RatingBands.DomainBandsConfirmed);
    }
}
