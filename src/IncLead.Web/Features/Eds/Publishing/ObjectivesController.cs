using System.ComponentModel.DataAnnotations;
using IncLead.Web.Data;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using IncLead.Web.Infrastructure.DateInput;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Eds.Publishing;

/// <summary>
/// Equality objectives and actions set from the EDS grading, as text, each chosen for publication or not. Simple on
/// purpose until the action plan can be linked to EDS outcomes.
/// </summary>
[Authorize(Policy = Policies.EqualityLead), Route("cycles/{cycleId:int}/eds/objectives")]
public sealed class ObjectivesController(AppDbContext db, EdsWorkspaceQuery workspaces, AuditLog audit, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int cycleId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        if (workspace is null) return NotFound();
        return View("Objectives", await PageAsync(workspace, new ObjectiveForm { Publish = "yes" }, null));
    }

    [HttpPost("")]
    public async Task<IActionResult> Add(int cycleId, [Bind(Prefix = "Form")] ObjectiveForm form)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        if (workspace is null) return NotFound();
        form.Validate(ModelState, workspace);
        if (!ModelState.IsValid) return Invalid(await PageAsync(workspace, form, null), "Objectives");
        var a = workspace.Assessment;
        var objective = new EqualityObjective(a.OrganisationId, a.Id, form.Text!, form.Publish == "yes", clock.GetUtcNow().UtcDateTime);
        objective.Plan(form.OutcomeValue, form.Action ?? "", Dates.Parse(form.CompleteBy));
        db.EqualityObjectives.Add(objective);
        audit.Record(AuditActions.EdsObjectivesChanged, "EqualityObjective", $"{cycleId}/new", $"{workspace.Cycle.Name}: added objective '{Cut(objective.Text)}'{(objective.Publish ? " for publication" : "")}");
        await db.SaveChangesAsync();
        Flash("Objective added.");
        return RedirectToAction(nameof(Index), new { cycleId });
    }

    [HttpGet("{objectiveId:int}")]
    public async Task<IActionResult> Edit(int cycleId, int objectiveId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        var objective = workspace is null ? null : await db.EqualityObjectives.AsNoTracking().SingleOrDefaultAsync(o => o.Id == objectiveId && o.AssessmentId == workspace.Assessment.Id);
        if (objective is null) return NotFound();
        return View("Objectives", await PageAsync(workspace!, new ObjectiveForm
        {
            Text = objective.Text, Publish = objective.Publish ? "yes" : "no", Action = objective.Action,
            Outcome = objective.OutcomeId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            CompleteBy = objective.CompleteBy?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }, objectiveId));
    }

    [HttpPost("{objectiveId:int}")]
    public async Task<IActionResult> Edit(int cycleId, int objectiveId, [Bind(Prefix = "Form")] ObjectiveForm form)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        var objective = workspace is null ? null : await db.EqualityObjectives.SingleOrDefaultAsync(o => o.Id == objectiveId && o.AssessmentId == workspace.Assessment.Id);
        if (objective is null) return NotFound();
        form.Validate(ModelState, workspace!);
        if (!ModelState.IsValid) return Invalid(await PageAsync(workspace!, form, objectiveId), "Objectives");
        objective.Change(form.Text!, form.Publish == "yes");
        objective.Plan(form.OutcomeValue, form.Action ?? "", Dates.Parse(form.CompleteBy));
        audit.Record(AuditActions.EdsObjectivesChanged, "EqualityObjective", $"{cycleId}/{objectiveId}", $"{workspace!.Cycle.Name}: changed objective to '{Cut(objective.Text)}'{(objective.Publish ? " for publication" : " (not published)")}");
        await db.SaveChangesAsync();
        Flash("Objective saved.");
        return RedirectToAction(nameof(Index), new { cycleId });
    }

    [HttpPost("{objectiveId:int}/delete")]
    public async Task<IActionResult> Delete(int cycleId, int objectiveId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        var objective = workspace is null ? null : await db.EqualityObjectives.SingleOrDefaultAsync(o => o.Id == objectiveId && o.AssessmentId == workspace.Assessment.Id);
        if (objective is null) return NotFound();
        db.EqualityObjectives.Remove(objective);
        audit.Record(AuditActions.EdsObjectivesChanged, "EqualityObjective", $"{cycleId}/{objectiveId}", $"{workspace!.Cycle.Name}: removed objective '{Cut(objective.Text)}'");
        await db.SaveChangesAsync();
        Flash("Objective removed.");
        return RedirectToAction(nameof(Index), new { cycleId });
    }

    private async Task<ObjectivesPage> PageAsync(EdsWorkspace workspace, ObjectiveForm form, int? editingId)
    {
        var objectives = await db.EqualityObjectives.AsNoTracking().Where(o => o.AssessmentId == workspace.Assessment.Id).OrderBy(o => o.CreatedAt).ThenBy(o => o.Id).ToListAsync();
        return new ObjectivesPage(workspace, objectives, form, editingId);
    }

    private static string Cut(string text) => text.Length <= 120 ? text : text[..120] + "…";
}

public sealed class ObjectiveForm
{
    [Required(ErrorMessage = "Enter the objective or action")]
    [StringLength(EqualityObjective.TextMaxLength, ErrorMessage = "The objective must be 1,000 characters or fewer")]
    public string? Text { get; set; }

    [Required(ErrorMessage = "Say whether to publish this objective")]
    [RegularExpression("^(yes|no)$", ErrorMessage = "Say whether to publish this objective")]
    public string? Publish { get; set; }

    /// <summary>The EDS outcome's id, or empty for an objective across the whole assessment.</summary>
    public string? Outcome { get; set; }

    [StringLength(EqualityObjective.ActionMaxLength, ErrorMessage = "The action must be 1,000 characters or fewer")]
    public string? Action { get; set; }

    [DateInput("The completion date")]
    public string? CompleteBy { get; set; }

    public int? OutcomeValue => int.TryParse(Outcome, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The outcome must be one of this assessment's framework; anything else is refused, not silently dropped.</summary>
    public void Validate(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, EdsWorkspace workspace)
    {
        if (string.IsNullOrEmpty(Outcome)) return;
        if (OutcomeValue is not { } id || workspace.Outcome(id) is null) state.AddModelError("Form.Outcome", "Choose an EDS outcome from the list");
    }

    public static IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Outcomes(EdsWorkspace workspace) =>
        [new("All outcomes (not linked to one)", ""), .. workspace.Domains.SelectMany(d => d.Outcomes.Select(o =>
            new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem($"{o.Code} {Cut(o.Text, 90)}", o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))))];

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}

public sealed record ObjectivesPage(EdsWorkspace Workspace, IReadOnlyList<EqualityObjective> Objectives, ObjectiveForm Form, int? EditingId);
