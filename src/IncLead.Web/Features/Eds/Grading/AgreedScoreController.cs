using System.Globalization;
using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Eds.Grading;

/// <summary>
/// The score agreed for an outcome. Two people may record it at once: a save based on an older version is refused
/// with both versions on screen (the agreed positions pattern), so neither is lost. Every save is audit-logged.
/// </summary>
[Authorize(Policy = Policies.EqualityLead), Route("cycles/{cycleId:int}/eds/outcomes/{outcomeId:int}/agreed")]
public sealed class AgreedScoreController(AppDbContext db, EdsWorkspaceQuery workspaces, AuditLog audit, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int cycleId, int outcomeId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        var outcome = workspace?.Outcome(outcomeId);
        if (outcome is null) return NotFound();
        var a = outcome.Agreed;
        var services = workspace!.Services;
        var form = new AgreedScoreForm
        {
            Score = a?.Score?.ToString(CultureInfo.InvariantCulture),
            ServiceIds = [.. services.Select(s => s.Id)],
            ServiceScores = [.. services.Select(s => a is not null && a.ServiceScores.TryGetValue(s.Id, out var v) ? v.ToString(CultureInfo.InvariantCulture) : null)],
            Rationale = a?.Rationale, Present = a?.Present, Version = a?.Version, Owner = a?.Owner,
            AgreedOn = (a?.AgreedOn ?? clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return View(await PageAsync(workspace, outcome, form, null));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(int cycleId, int outcomeId, [Bind(Prefix = "Form")] AgreedScoreForm form)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        var outcome = workspace?.Outcome(outcomeId);
        if (outcome is null) return NotFound();
        var domain = workspace!.DomainOf(outcomeId);
        form.Validate(ModelState, domain.PerService, workspace.Services);
        if (!ModelState.IsValid) return Invalid(await PageAsync(workspace, outcome, form, null), "Edit");

        var assessment = workspace.Assessment;
        var grade = await db.EdsOutcomeGrades.Include(g => g.ServiceScores).SingleOrDefaultAsync(g => g.AssessmentId == assessment.Id && g.OutcomeId == outcomeId);
        if (grade is not null && grade.Version != form.Version) return await ConflictAsync(workspace, outcome, form, cycleId, outcomeId);
        if (grade is null && form.Version is not null) return await ConflictAsync(workspace, outcome, form, cycleId, outcomeId);

        var before = grade is null ? "none" : Describe(grade, workspace);
        var isNew = grade is null;
        if (grade is null)
        {
            grade = new EdsOutcomeGrade(assessment.OrganisationId, assessment.Id, outcomeId);
            db.EdsOutcomeGrades.Add(grade);
        }
        else
        {
            // The token the editor started from is what the UPDATE checks, so a save that races this one still conflicts.
            db.Entry(grade).Property(g => g.Version).OriginalValue = form.Version!.Value;
        }
        var by = User.FindFirstValue(AppClaims.FullName) ?? "Equality lead";
        var now = clock.GetUtcNow().UtcDateTime;
        if (domain.PerService)
        {
            var scores = workspace.Services.Select((s, i) => (s.Id, Score: AgreedScoreForm.Parse(form.ServiceScores[i])!.Value)).ToDictionary(x => x.Id, x => x.Score);
            grade.AgreePerService(scores, form.Rationale!, form.AgreedOnDate!.Value, form.Present!, by, now);
        }
        else
        {
            grade.Agree(AgreedScoreForm.Parse(form.Score)!.Value, form.Rationale!, form.AgreedOnDate!.Value, form.Present!, by, now);
        }
        grade.Own(form.Owner ?? "");
        audit.Record(isNew ? AuditActions.EdsScoreAgreed : AuditActions.EdsScoreChanged, "EdsOutcomeGrade", $"{cycleId}/{outcome.Code}",
            $"{workspace.Cycle.Name} {outcome.Code}: {before} → {Describe(grade, workspace)}");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A concurrency failure, or a first agreement racing another first agreement (the unique index).
            db.ChangeTracker.Clear();
            return await ConflictAsync(workspace, outcome, form, cycleId, outcomeId);
        }
        Flash($"Agreed score for {outcome.Code} saved.");
        return Redirect($"/cycles/{cycleId}/eds/outcomes/{outcomeId}");
    }

    private async Task<IActionResult> ConflictAsync(EdsWorkspace stale, OutcomeView staleOutcome, AgreedScoreForm mine, int cycleId, int outcomeId)
    {
        var workspace = await workspaces.LoadAsync(cycleId) ?? stale;
        var outcome = workspace.Outcome(outcomeId) ?? staleOutcome;
        ModelState.Clear();
        ModelState.AddModelError("", "Someone else saved the agreed score for this outcome while you were editing it. Their version is shown below and has been kept. Your version is in the form: check it and save again to replace theirs, or leave this page to keep theirs.");
        mine.Version = outcome.Agreed?.Version;
        var page = await PageAsync(workspace, outcome, mine, outcome.Agreed);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Edit", page);
    }

    private async Task<AgreedScorePage> PageAsync(EdsWorkspace workspace, OutcomeView outcome, AgreedScoreForm form, AgreedView? theirs)
    {
        while (form.ServiceScores.Count < workspace.Services.Count) form.ServiceScores.Add(null);
        var provisional = await (
            from s in db.ProvisionalScores
            join p in db.Panellists on s.PanellistId equals p.Id
            where p.AssessmentId == workspace.Assessment.Id && s.OutcomeId == outcome.Id
            orderby p.Name
            select new { p.Name, s.Score }).ToListAsync();
        return new AgreedScorePage(workspace, workspace.DomainOf(outcome.Id), outcome, form, theirs, [.. provisional.Select(p => (p.Name, p.Score))]);
    }

    private static string Describe(EdsOutcomeGrade grade, EdsWorkspace workspace)
    {
        var score = grade.Score is { } s ? s.ToString(CultureInfo.InvariantCulture)
            : string.Join(", ", grade.ServiceScores.Select(x => $"{workspace.Services.FirstOrDefault(v => v.Id == x.ServiceId)?.Name ?? "service"} {x.Score}"));
        var rationale = grade.Rationale.Length <= 120 ? grade.Rationale : grade.Rationale[..120] + "…";
        return $"{score} on {Dates.Long(grade.AgreedOn)} ('{rationale}')" + (grade.Owner.Length > 0 ? $", owner {grade.Owner}" : "");
    }
}
