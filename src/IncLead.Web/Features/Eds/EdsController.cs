using System.Globalization;
using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Eds;

/// <summary>The EDS grading workspace of a cycle: starting it, its outcomes with their status, and the totals.</summary>
[Authorize(Policy = Policies.EqualityLead), Route("cycles/{cycleId:int}/eds")]
public sealed class EdsController(AppDbContext db, EdsWorkspaceQuery workspaces, AuditLog audit, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int cycleId)
    {
        var cycle = await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cycleId);
        if (cycle is null) return NotFound();
        var workspace = await workspaces.LoadAsync(cycleId);
        if (workspace is not null) return View(workspace);
        var form = new AssessmentForm { EdsLeadName = User.FindFirstValue(AppClaims.FullName) };
        form.FrameworkId = await db.Frameworks.Where(f => f.Kind == FrameworkKind.Eds2022).OrderByDescending(f => f.Version).Select(f => (int?)f.Id).FirstOrDefaultAsync();
        return View("Start", await FillAsync(form, cycle));
    }

    [HttpPost("start")]
    public async Task<IActionResult> Start(int cycleId, AssessmentForm form)
    {
        var cycle = await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cycleId);
        if (cycle is null) return NotFound();
        if (await db.EdsAssessments.AnyAsync(a => a.CycleId == cycleId)) return RedirectToAction(nameof(Index), new { cycleId });

        var frameworks = (await db.Frameworks.Where(f => f.Kind == FrameworkKind.Eds2022 || f.Kind == FrameworkKind.Eds2).Select(f => f.Id).ToListAsync()).ToHashSet();
        var perService = await PerServiceAsync(form.FrameworkId);
        form.Validate(ModelState, perService.Any, perService.Max, starting: true, frameworks);
        if (!ModelState.IsValid) return Invalid(await FillAsync(form, cycle), "Start");

        var assessment = new EdsAssessment(cycle.OrganisationId, cycleId, form.FrameworkId!.Value, form.EdsLeadName!, form.BoardSponsorName!, clock.GetUtcNow().UtcDateTime);
        if (perService.Any) assessment.Services.AddRange(form.NamedServices().Select(s => new EdsService(s.Number, s.Name)));
        db.EdsAssessments.Add(assessment);
        var framework = await db.Frameworks.Where(f => f.Id == assessment.FrameworkId).Select(f => f.Title + " (version " + f.Version + ")").SingleAsync();
        audit.Record(AuditActions.EdsAssessmentStarted, "EdsAssessment", cycleId.ToString(CultureInfo.InvariantCulture),
            $"{cycle.Name}: EDS grading started against {framework}; EDS lead {assessment.EdsLeadName}, board sponsor {assessment.BoardSponsorName}");
        await db.SaveChangesAsync();
        Flash($"EDS grading started for {cycle.Name}.");
        return RedirectToAction(nameof(Index), new { cycleId });
    }

    [HttpGet("details")]
    public async Task<IActionResult> Details(int cycleId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        if (workspace is null) return NotFound();
        var a = workspace.Assessment;
        var form = new AssessmentForm
        {
            EdsLeadName = a.EdsLeadName, BoardSponsorName = a.BoardSponsorName,
            Services = [.. Enumerable.Range(1, AssessmentForm.MaxServiceFields).Select(n => a.Services.FirstOrDefault(s => s.Number == n)?.Name)],
        };
        return View(await FillAsync(form, workspace.Cycle));
    }

    [HttpPost("details")]
    public async Task<IActionResult> Details(int cycleId, AssessmentForm form)
    {
        var cycle = await db.Cycles.AsNoTracking().SingleOrDefaultAsync(c => c.Id == cycleId);
        var assessment = await db.EdsAssessments.Include(a => a.Services).SingleOrDefaultAsync(a => a.CycleId == cycleId);
        if (cycle is null || assessment is null) return NotFound();
        var perService = await PerServiceAsync(assessment.FrameworkId);
        form.Validate(ModelState, perService.Any, perService.Max, starting: false, new HashSet<int>());
        if (!ModelState.IsValid) return Invalid(await FillAsync(form, cycle), "Details");

        assessment.Describe(form.EdsLeadName!, form.BoardSponsorName!);
        var wanted = perService.Any ? form.NamedServices().ToDictionary(s => s.Number, s => s.Name) : [];
        var removed = assessment.Services.Where(s => !wanted.ContainsKey(s.Number)).ToList();
        if (removed.Count > 0)
        {
            // A service no longer assessed takes its scores with it; the outcomes it was part of need agreeing again.
            var removedIds = removed.Select(s => s.Id).ToList();
            db.EdsServiceScores.RemoveRange(await db.EdsServiceScores.Where(s => removedIds.Contains(s.ServiceId)).ToListAsync());
            db.EdsServices.RemoveRange(removed);
        }
        foreach (var (number, name) in wanted)
        {
            var existing = assessment.Services.FirstOrDefault(s => s.Number == number);
            if (existing is null) assessment.Services.Add(new EdsService(number, name));
            else existing.Rename(name);
        }
        audit.Record(AuditActions.EdsAssessmentChanged, "EdsAssessment", cycleId.ToString(CultureInfo.InvariantCulture),
            $"{cycle.Name}: EDS lead {assessment.EdsLeadName}, board sponsor {assessment.BoardSponsorName}, services: {(wanted.Count == 0 ? "none" : string.Join(", ", wanted.Values))}" +
            (removed.Count > 0 ? $"; removed {string.Join(", ", removed.Select(s => s.Name))} and its scores" : ""));
        await db.SaveChangesAsync();
        Flash("Assessment details saved." + (removed.Count > 0 ? " Scores for the removed services were deleted." : ""));
        return RedirectToAction(nameof(Index), new { cycleId });
    }

    private async Task<(bool Any, int Max)> PerServiceAsync(int? frameworkId)
    {
        var limits = await db.EdsDomains.Where(d => d.FrameworkId == frameworkId && d.GradedPerService).Select(d => d.MaxServices ?? 1).ToListAsync();
        return (limits.Count > 0, limits.Count == 0 ? 0 : Math.Min(limits.Max(), AssessmentForm.MaxServiceFields));
    }

    private async Task<AssessmentForm> FillAsync(AssessmentForm form, Domain.Cycles.Cycle cycle)
    {
        form.CycleId = cycle.Id;
        form.CycleName = cycle.Name;
        while (form.Services.Count < AssessmentForm.MaxServiceFields) form.Services.Add(null);
        form.Frameworks = await db.Frameworks.Where(f => f.Kind == FrameworkKind.Eds2022 || f.Kind == FrameworkKind.Eds2)
            .OrderBy(f => f.Kind).ThenByDescending(f => f.Version)
            .Select(f => new SelectListItem(f.Title + " (version " + f.Version + ")", f.Id.ToString())).ToListAsync();
        return form;
    }
}
