using IncLead.Web.Data;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Features.Eds.Evidence;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Eds.Publishing;

/// <summary>
/// Builds the publishable <see cref="EdsSummary"/> of a cycle's assessment from the live records: what publishing
/// freezes, what the equality lead previews, and what a PDF of the summary reuses. Evidence not marked public and
/// objectives not chosen for publication are left out here, once, rather than hidden by each page.
/// </summary>
public sealed class EdsSummaryQuery(AppDbContext db, TimeProvider clock)
{
    public async Task<EdsSummary?> BuildAsync(EdsWorkspaceQuery workspaces, int cycleId, CancellationToken ct = default)
    {
        var workspace = await workspaces.LoadAsync(cycleId, ct);
        return workspace is null ? null : await BuildAsync(workspace, ct);
    }

    public async Task<EdsSummary> BuildAsync(EdsWorkspace workspace, CancellationToken ct = default)
    {
        var a = workspace.Assessment;
        var organisation = await db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => new { o.Name, o.OdsCode, o.Region }).SingleAsync(ct);
        var evidence = (await EvidenceRow.Query(db, a.Id, publicOnly: true).ToListAsync(ct)).ToLookup(e => e.OutcomeId);
        var published = await db.EqualityObjectives.Where(o => o.AssessmentId == a.Id && o.Publish).OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).ToListAsync(ct);
        var objectives = published.Select(o => o.Text).ToList();
        var f = workspace.Framework;
        var services = workspace.Services;

        var domains = workspace.Domains.Select(d =>
        {
            var total = workspace.TotalFor(d.Code);
            var outcomes = d.Outcomes.Select(o =>
            {
                var agreed = o.Agreed;
                var serviceScores = d.PerService && agreed is not null
                    ? services.Where(s => agreed.ServiceScores.ContainsKey(s.Id)).Select(s => new SummaryServiceScore(s.Name, agreed.ServiceScores[s.Id], f.GradeName(agreed.ServiceScores[s.Id]))).ToList()
                    : [];
                return new SummaryOutcome(o.Code, o.Text, o.WordingToBeConfirmed, agreed?.Score, agreed?.Score is { } sc ? f.GradeName(sc) : null, serviceScores,
                    agreed?.Rationale, agreed?.AgreedOn,
                    [.. evidence[o.Id].Select(e => new SummaryEvidence(e.Id, e.Title, e.Summary, e.Link, e.FileName, e.FileSize, e.EvidenceDate))],
                    string.IsNullOrEmpty(agreed?.Owner) ? null : agreed.Owner);
            }).ToList();
            return new SummaryDomain(d.Code, d.Title, d.WordingToBeConfirmed, d.PerService, d.PerService ? [.. services.Select(s => s.Name)] : [], outcomes,
                total?.Total, total?.Unrounded, d.Outcomes.Count * 3,
                total is null ? [] : [.. total.ServiceTotals.Select(t => new SummaryServiceTotal(services.First(s => s.Id == t.ServiceId).Name, t.Total))],
                total?.Rating, total?.Rating is { } r ? f.GradeName(r) : null);
        }).ToList();

        var lastAgreed = workspace.Outcomes.Select(o => o.Agreed?.AgreedOn).Max();
        var totals = workspace.Totals;
        return new EdsSummary(organisation.Name, organisation.OdsCode, workspace.Cycle.Name, workspace.Cycle.OpensOn, workspace.Cycle.ClosesOn,
            f.Title, f.Version, f.Kind, a.EdsLeadName, a.BoardSponsorName, lastAgreed,
            [.. f.Grades.Select(g => new SummaryGrade(g.Score, g.Name, g.Colour, g.WordingToBeConfirmed))], domains,
            totals?.OrganisationTotal, workspace.Outcomes.Count() * 3, totals?.OrganisationRating,
            totals?.OrganisationRating is { } rating ? f.GradeName(rating) : null,
            workspace.DomainBandsConfirmed, objectives, clock.GetUtcNow().UtcDateTime,
            new SummaryReportHeader(organisation.Region, a.IntegratedCareSystem, a.Level, a.CompletedOn, a.PublishedOn, a.AuthorisedOn, a.AuthorisedBy,
                a.PreviousYearActions, await CompletedActionsAsync(workspace, ct)),
            [.. published.Select(o => PlanRow(workspace, o))]);
    }

    /// <summary>
    /// The template's "completed actions from the previous year", from the action plan: actions linked to an EDS outcome,
    /// raised before this cycle, and done in the twelve months before it closes. Titles and dates only: no owner is named
    /// on a summary that may be published.
    /// </summary>
    private async Task<List<SummaryCompletedAction>> CompletedActionsAsync(EdsWorkspace workspace, CancellationToken ct)
    {
        var c = workspace.Cycle;
        var from = c.ClosesOn.AddYears(-1);
        var until = c.ClosesOn.AddDays(1);
        var done = await db.Actions.AsNoTracking()
            .Where(x => x.EdsOutcomeId != null && x.CycleId != c.Id && x.Status == ActionStatus.Done && x.CompletedAt >= from && x.CompletedAt < until)
            .OrderBy(x => x.CompletedAt).ThenBy(x => x.Id)
            .Select(x => new { x.Title, x.EdsOutcomeId, CompletedAt = x.CompletedAt!.Value }).ToListAsync(ct);
        var codes = await db.EdsOutcomes.Where(o => done.Select(d => d.EdsOutcomeId).Contains(o.Id)).Select(o => new { o.Id, o.Code }).ToDictionaryAsync(o => o.Id, o => o.Code, ct);
        return [.. done.Select(d => new SummaryCompletedAction(d.Title, codes.GetValueOrDefault(d.EdsOutcomeId!.Value), d.CompletedAt))];
    }

    private static SummaryPlanRow PlanRow(EdsWorkspace workspace, Domain.Eds.EqualityObjective o)
    {
        var domain = o.OutcomeId is { } id ? workspace.Domains.FirstOrDefault(d => d.Outcomes.Any(x => x.Id == id)) : null;
        var outcome = domain?.Outcomes.First(x => x.Id == o.OutcomeId);
        return new SummaryPlanRow(domain?.Code, domain?.Title, outcome?.Code, outcome?.Text, outcome?.WordingToBeConfirmed == true, o.Text, o.Action, o.CompleteBy);
    }
}
