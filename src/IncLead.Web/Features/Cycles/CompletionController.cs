using System.Globalization;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using IncLead.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Features.Cycles;

/// <summary>
/// The equality lead's view of who has finished which stage, and reminders to those who have not. It shows progress,
/// never answers; respondents never see each other's progress.
/// </summary>
[Authorize(Policy = Policies.EqualityLead), Route("cycles/{id:int}/completion")]
public sealed class CompletionController(AppDbContext db, AuditLog audit, Outbox outbox, TimeProvider clock, IOptions<EmailOptions> email) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return NotFound();
        return View("Completion", await LoadAsync(cycle));
    }

    [HttpPost("remind")]
    public async Task<IActionResult> Remind(int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return NotFound();
        if (!cycle.AcceptsAnswers)
            return Refused(StatusCodes.Status409Conflict, "Reminders can only be sent while the cycle is open", $"Cycle {cycle.Name} is {CycleChoices.Describe(cycle.State).ToLowerInvariant()}, so nobody has been emailed.",
                $"/cycles/{id}", "Go to the cycle's tasks");

        var completion = await LoadAsync(cycle);
        var unfinished = completion.Rows.Where(r => !r.Finished).Select(r => r.RespondentId).ToHashSet();
        var people = await (from r in db.Respondents where r.CycleId == id join u in db.Users on r.UserId equals u.Id select new { Respondent = r, u.Email, u.FullName }).ToListAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var link = $"{email.Value.PublicBaseUrl.TrimEnd('/')}/respond/{id}";
        foreach (var p in people.Where(p => unfinished.Contains(p.Respondent.Id)))
        {
            p.Respondent.MarkReminded(now);
            outbox.Enqueue(cycle.OrganisationId, p.Email!, p.FullName, $"Reminder: the board inclusion assessment {cycle.Name} closes on {Dates.Long(cycle.ClosesOn)}",
                $"Hello {p.FullName},\n\nThis is a reminder to finish the board's inclusion assessment {cycle.Name} by {Dates.Long(cycle.ClosesOn)}. " +
                $"Your answers so far are saved; you can carry on where you left off:\n\n{link}\n");
        }
        audit.Record(AuditActions.RemindersSent, "Cycle", id.ToString(CultureInfo.InvariantCulture), $"Sent reminders for '{cycle.Name}' to {unfinished.Count} respondents");
        await db.SaveChangesAsync();
        Flash(unfinished.Count == 0 ? "Everyone has finished, so no reminders were sent." : $"Reminders sent to {unfinished.Count} respondents who have not finished.");
        return RedirectToAction(nameof(Index), new { id });
    }

    private async Task<Completion> LoadAsync(Cycle cycle)
    {
        var stages = await db.Stages.Where(s => s.FrameworkId == cycle.FrameworkId).OrderBy(s => s.Number).Select(s => new StageColumn(s.Id, s.Number, s.Title)).ToListAsync();
        var respondents = await (from r in db.Respondents where r.CycleId == cycle.Id join u in db.Users on r.UserId equals u.Id orderby u.FullName
                                 select new { r.Id, u.FullName, r.LastRemindedAt }).ToListAsync();
        var completed = (await db.StageCompletions.Where(s => db.Respondents.Any(r => r.Id == s.RespondentId && r.CycleId == cycle.Id))
            .Select(s => new { s.RespondentId, s.StageId }).ToListAsync()).ToHashSet();
        var answered = (await StageProgress.AnsweredAsync(db, cycle.Id)).ToDictionary(c => (c.RespondentId, c.StageId), c => c.Answered);

        var rows = respondents.Select(r => new CompletionRow(r.Id, r.FullName, r.LastRemindedAt,
            stages.Select(s => StageProgress.Status(completed.Contains(new { RespondentId = r.Id, StageId = s.Id }), answered.GetValueOrDefault((r.Id, s.Id)))).ToList())).ToList();
        return new Completion(cycle, stages, rows);
    }
}

public sealed record StageColumn(int Id, int Number, string Title);

public sealed record CompletionRow(int RespondentId, string Name, DateTime? LastRemindedAt, IReadOnlyList<StageStatus> Stages)
{
    public bool Finished => Stages.All(s => s == StageStatus.Completed);
}

public sealed record Completion(Cycle Cycle, IReadOnlyList<StageColumn> Stages, IReadOnlyList<CompletionRow> Rows)
{
    public int Finished => Rows.Count(r => r.Finished);
}
