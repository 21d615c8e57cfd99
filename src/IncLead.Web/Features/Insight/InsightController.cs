using System.Globalization;
using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Results;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Insight;

/// <summary>Views beyond the plain results: by role group, improvement priorities and targets. Same access rule as the results.</summary>
[Authorize(Policy = Policies.OrganisationMember), Route("cycles/{id:int}")]
public sealed class InsightController(AppDbContext db, RoleGroupQuery groups, PriorityQuery priorities, ResultsReader reader, TargetQuery targets,
    AuditLog audit, TimeProvider clock) : ResultsAreaController
{
    [HttpGet("groups")]
    public async Task<IActionResult> Groups(int id)
    {
        var (cycle, refusal) = await LoadVisibleCycleAsync(db, id);
        if (cycle is null) return refusal!;
        return View(new RoleGroupPage(cycle, await groups.LoadAsync(cycle)));
    }

    [HttpGet("priorities")]
    public async Task<IActionResult> Priorities(int id)
    {
        var (cycle, refusal) = await LoadVisibleCycleAsync(db, id);
        if (cycle is null) return refusal!;
        return View(new PrioritiesPage(cycle, await priorities.LoadAsync(cycle)));
    }

    [HttpGet("targets")]
    public async Task<IActionResult> Targets(int id)
    {
        var (cycle, refusal) = await LoadVisibleCycleAsync(db, id);
        if (cycle is null) return refusal!;
        var page = await TargetsPageAsync(cycle, null);
        return View(page);
    }

    [HttpPost("targets")]
    public async Task<IActionResult> SetTargets(int id, [Bind(Prefix = "Form")] TargetForm form)
    {
        var (cycle, refusal) = await LoadVisibleCycleAsync(db, id);
        if (cycle is null) return refusal!;
        if (!await MaySetAsync(cycle))
            return Refused(StatusCodes.Status403Forbidden, "Only the chair or the equality lead can set targets", "Targets are set when the board signs off a closed cycle.");
        var page = await TargetsPageAsync(cycle, form);
        var stages = page.Summary.Stages.ToDictionary(s => s.Code);
        var levels = new List<(string StageCode, string? StatementCode, double Level)>();
        for (var i = 0; i < form.Stages.Count; i++)
        {
            var input = form.Stages[i];
            if (!stages.TryGetValue(input.Code, out var stage)) return BadRequest();
            if (string.IsNullOrWhiteSpace(input.Level)) continue;
            if (Level(input.Level) is { } level) levels.Add((stage.Code, null, level));
            else ModelState.AddModelError($"Form.Stages[{i}].Level", $"The target for stage {stage.Number} must be a number from 0 to 3, like 2.5");
        }
        if (!string.IsNullOrWhiteSpace(form.StatementCode) || !string.IsNullOrWhiteSpace(form.StatementLevel))
        {
            var statement = page.Summary.Statements.FirstOrDefault(s => s.Code == form.StatementCode);
            if (statement.Code is null) ModelState.AddModelError("Form.StatementCode", "Choose the statement the target is for");
            else if (Level(form.StatementLevel) is { } level) levels.Add((statement.StageCode, statement.Code, level));
            else ModelState.AddModelError("Form.StatementLevel", "The statement's target must be a number from 0 to 3, like 2.5");
        }
        if (!ModelState.IsValid) return Invalid(page, "Targets");

        var now = clock.GetUtcNow().UtcDateTime;
        var name = User.FindFirstValue(AppClaims.FullName) ?? "";
        var existing = page.SetHere.ToDictionary(t => (t.StageCode, t.StatementCode));
        foreach (var (stageCode, statementCode, level) in levels)
        {
            if (existing.TryGetValue((stageCode, statementCode), out var target)) target.Change(level, name, now);
            else db.BoardTargets.Add(new BoardTarget(cycle.OrganisationId, cycle.Id, stageCode, statementCode, level, name, now));
        }
        audit.Record(AuditActions.TargetsSet, "Cycle", cycle.Id.ToString(CultureInfo.InvariantCulture),
            $"Targets for the cycle after '{cycle.Name}': " + string.Join("; ", levels.Select(l => $"{l.StatementCode ?? l.StageCode} {l.Level.ToString("0.0", CultureInfo.InvariantCulture)}")));
        await db.SaveChangesAsync();
        Flash(levels.Count == 1 ? "Target saved." : $"{levels.Count} targets saved.");
        return RedirectToAction(nameof(Targets), new { id });
    }

    // A level is a number on the 0 to 3 scale; anything else (text, 4, -1, NaN) is refused, never clamped.
    private static double? Level(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && BoardTarget.OnScale(value) ? value : null;

    private async Task<TargetsPage> TargetsPageAsync(Cycle cycle, TargetForm? posted)
    {
        var (current, previous) = await reader.ReadWithPreviousAsync(cycle);
        var outcomes = previous is null ? [] : TargetQuery.Judge(await targets.SetAtAsync(previous.Cycle.Id), current.Results, previous.Results,
            code => reader.Later(previous, code, current));
        var setHere = await targets.SetAtAsync(cycle.Id);
        var r = current.Results;
        var summary = new CycleReadingSummary(r.CycleName, [.. r.Stages.Select(s => (s.Code, s.Number, s.Title))],
            [.. r.Stages.SelectMany(s => s.Factors.SelectMany(f => f.Statements).Select(x => (x.Code, x.Text, s.Code)))], previous?.Results.CycleName);
        var form = posted ?? new TargetForm
        {
            Stages = [.. r.Stages.Select(s => new StageTargetInput
            {
                Code = s.Code,
                Level = setHere.FirstOrDefault(t => t.StageCode == s.Code && t.StatementCode is null)?.Level.ToString("0.0", CultureInfo.InvariantCulture),
            })],
        };
        return new TargetsPage(cycle, summary, outcomes, await MaySetAsync(cycle), setHere, form);
    }

    // Targets are for the next cycle, so they are set once the answers are in: when the cycle is closed or signed off.
    private async Task<bool> MaySetAsync(Cycle cycle)
    {
        if (cycle.State is not (CycleState.Closed or CycleState.SignedOff)) return false;
        if (User.IsInRole(AppClaims.EqualityLeadRole)) return true;
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        return await db.Memberships.AnyAsync(m => m.UserId == userId && m.IsActive && m.Position == BoardPosition.Chair);
    }
}

public sealed record RoleGroupPage(Cycle Cycle, RoleGroupResults Groups);

public sealed record PrioritiesPage(Cycle Cycle, PriorityList Priorities);
