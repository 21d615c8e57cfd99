using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Features.Cycles;
using IncLead.Web.Infrastructure;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Responding;

/// <summary>A respondent's own assessments and the task list of the five stages.</summary>
[Authorize(Policy = Policies.BoardMember), Route("respond")]
public sealed class RespondController(AppDbContext db) : AppController
{
    /// <summary>"Your assessments": the same rows as the home page, from the same fixed queries.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var (cycles, latest) = await Home.HomeQueries.BoardMemberAsync(db, userId, ct);
        return View(Home.BoardMemberTasks.For(cycles, latest).Assessments);
    }

    [HttpGet("{cycleId:int}")]
    public async Task<IActionResult> TaskList(int cycleId)
    {
        var access = await RespondentAccess.LoadAsync(db, User, cycleId);
        if (access.Cycle is null) return NotFound();
        if (access.RespondentId is not { } respondentId) return NotRespondent();

        // Only the statements this organisation is asked count towards a stage (governor statements are for foundation trusts).
        var kinds = access.Cycle.Kinds;
        var stages = await db.Stages.Where(s => s.FrameworkId == access.Cycle.FrameworkId).OrderBy(s => s.Number)
            .Select(s => new { s.Id, s.Number, s.Title, s.Theme, s.EstimatedMinutes, Statements = s.Factors.SelectMany(f => f.Statements).Count(st => (st.AppliesTo == Domain.Frameworks.Applicability.Everyone || (st.AppliesTo & kinds) != 0)) }).ToListAsync();
        var completed = (await db.StageCompletions.Where(c => c.RespondentId == respondentId).Select(c => c.StageId).ToListAsync()).ToHashSet();
        var answered = (await StageProgress.AnsweredAsync(db, cycleId, respondentId)).ToDictionary(c => c.StageId, c => c.Answered);

        var tasks = stages.Select(s => new StageTask(s.Number, s.Title, s.Theme, s.EstimatedMinutes, s.Statements, answered.GetValueOrDefault(s.Id),
            StageProgress.Status(completed.Contains(s.Id), answered.GetValueOrDefault(s.Id)))).ToList();
        return View(new TaskListPage(access.Cycle, tasks));
    }

    private IActionResult NotRespondent() =>
        Refused(StatusCodes.Status403Forbidden, "You are not a respondent in this cycle", "Only the people the equality lead chose for this cycle can answer it. Contact your equality lead if you think you should be one.",
            "/respond", "Go to your assessments");
}

public sealed record StageTask(int Number, string Title, string Theme, int EstimatedMinutes, int Statements, int Answered, StageStatus Status);

public sealed record TaskListPage(RespondentCycle Cycle, IReadOnlyList<StageTask> Stages)
{
    public int Completed => Stages.Count(s => s.Status == StageStatus.Completed);
}
