using IncLead.Web.Data;
using IncLead.Web.Features.Eds.Evidence;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Eds;

/// <summary>One outcome: its evidence, what the stakeholder panel said, and the agreed score.</summary>
[Authorize(Policy = Policies.EqualityLead), Route("cycles/{cycleId:int}/eds/outcomes/{outcomeId:int}")]
public sealed class OutcomeController(AppDbContext db, EdsWorkspaceQuery workspaces) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Show(int cycleId, int outcomeId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        var outcome = workspace?.Outcome(outcomeId);
        if (outcome is null) return NotFound();
        var assessmentId = workspace!.Assessment.Id;
        var evidence = await EvidenceRow.Query(db, assessmentId, outcomeId).ToListAsync();
        var panel = await (
            from p in db.Panellists
            where p.AssessmentId == assessmentId && p.Outcomes.Any(o => o.OutcomeId == outcomeId)
            join s in db.ProvisionalScores.Where(s => s.OutcomeId == outcomeId) on p.Id equals s.PanellistId into scores
            from s in scores.DefaultIfEmpty()
            orderby p.Name
            select new PanelView(p.Name, p.ExpiresAt, p.RevokedAt, s == null ? null : s.Score, s == null ? null : s.Comment, s == null ? null : s.SubmittedAt)).ToListAsync();
        var root = $"/cycles/{cycleId}/eds/outcomes/{outcomeId}/evidence";
        return View(new OutcomePage(workspace, workspace.DomainOf(outcomeId), outcome,
            new EvidenceList(evidence, id => $"{root}/{id}/file", id => $"{root}/{id}"), panel));
    }
}

public sealed record OutcomePage(EdsWorkspace Workspace, DomainView Domain, OutcomeView Outcome, EvidenceList Evidence, IReadOnlyList<PanelView> Panel);

public sealed record PanelView(string Name, DateTime ExpiresAt, DateTime? RevokedAt, int? Score, string? Comment, DateTime? SubmittedAt);
