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
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Features.Cycles;

/// <summary>Moving a cycle on: opening it (which invites the respondents), closing it, and releasing its results to the board.</summary>
[Authorize(Policy = Policies.EqualityLead), Route("cycles/{id:int}")]
public sealed class CycleStateController(AppDbContext db, AuditLog audit, Outbox outbox, TimeProvider clock, IOptions<EmailOptions> email, IMemoryCache recent) : AppController
{
    /// <summary>Check the details, then open: the task list's "Set up and invite" step. Opening emails everyone, so it is confirmed first.</summary>
    [HttpGet("open")]
    public async Task<IActionResult> ConfirmOpen(int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return NotFound();
        if (cycle.State != CycleState.Draft) return StateConflict(cycle, "opened");
        var names = await (from r in db.Respondents where r.CycleId == id join u in db.Users on r.UserId equals u.Id orderby u.FullName select u.FullName).ToListAsync();
        return View("ConfirmOpen", new ConfirmOpenPage(cycle, names));
    }

    /// <summary>The task list's "Close the cycle" step: says who has not finished before answers stop changing.</summary>
    [HttpGet("close")]
    public async Task<IActionResult> ConfirmClose(int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return NotFound();
        if (cycle.State != CycleState.Open) return StateConflict(cycle, "closed");
        return View("ConfirmClose", (await CycleFactsQuery.ForCycleAsync(db, id))!);
    }

    /// <summary>The task list's "Release the results" step.</summary>
    [HttpGet("release")]
    public async Task<IActionResult> ConfirmRelease(int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return NotFound();
        if (cycle.State == CycleState.Draft) return StateConflict(cycle, "released");
        if (cycle.ResultsReleased)
            return Refused(StatusCodes.Status409Conflict, $"The results of {cycle.Name} are already released", $"Board members have been able to see them since {Dates.Long(cycle.ResultsReleasedAt)}. Nothing has been changed.",
                $"/cycles/{id}", "Go to the cycle's tasks");
        return View("ConfirmRelease", cycle);
    }

    [HttpPost("open")]
    public async Task<IActionResult> Open(int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return NotFound();
        if (cycle.State != CycleState.Draft) return StateConflict(cycle, "opened");

        var respondents = await (from r in db.Respondents where r.CycleId == id join u in db.Users on r.UserId equals u.Id select new { Respondent = r, u.Email, u.FullName }).ToListAsync();
        if (respondents.Count == 0)
        {
            Flash("Add at least one respondent before opening the cycle.");
            return RedirectToAction(nameof(CyclesController.Edit), "Cycles", new { id });
        }

        var now = clock.GetUtcNow().UtcDateTime;
        cycle.Open(now);
        var link = $"{email.Value.PublicBaseUrl.TrimEnd('/')}/respond/{id}";
        foreach (var r in respondents)
        {
            r.Respondent.MarkInvited(now);
            outbox.Enqueue(cycle.OrganisationId, r.Email!, r.FullName, $"Your board inclusion assessment {cycle.Name} is open",
                $"Hello {r.FullName},\n\nThe board's inclusion assessment {cycle.Name} is open until {Dates.Long(cycle.ClosesOn)}. " +
                $"It has five short stages; you can answer in several sittings and every answer is saved as you go.\n\n{link}\n\n" +
                "Your individual answers are seen only by you. The board sees combined results, and figures based on too few people are not shown.\n");
        }
        audit.Record(AuditActions.CycleOpened, "Cycle", Id(id), $"Opened '{cycle.Name}' and invited {respondents.Count} respondents");
        await db.SaveChangesAsync();
        Flash($"Cycle {cycle.Name} is open. {respondents.Count} respondents have been emailed an invitation.");
        return RedirectToAction(nameof(CyclesController.Show), "Cycles", new { id });
    }

    [HttpPost("close")]
    public async Task<IActionResult> Close(int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return NotFound();
        if (cycle.State != CycleState.Open) return StateConflict(cycle, "closed");
        cycle.Close(clock.GetUtcNow().UtcDateTime);
        audit.Record(AuditActions.CycleClosed, "Cycle", Id(id), $"Closed '{cycle.Name}'; answers can no longer change");
        await db.SaveChangesAsync();
        // Board members' open pages show the cycle as closed from their next page, not up to 10 seconds later.
        Responding.RespondentAccess.Forget(recent, id);
        Flash($"Cycle {cycle.Name} is closed. Answers can no longer be changed.");
        return RedirectToAction(nameof(CyclesController.Show), "Cycles", new { id });
    }

    [HttpPost("release")]
    public async Task<IActionResult> Release(int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return NotFound();
        if (cycle.State == CycleState.Draft) return StateConflict(cycle, "released");
        if (!cycle.ResultsReleased)
        {
            cycle.ReleaseResults(clock.GetUtcNow().UtcDateTime);
            audit.Record(AuditActions.ResultsReleased, "Cycle", Id(id), $"Released the results of '{cycle.Name}' to board members");
            await db.SaveChangesAsync();
        }
        Flash($"The results of {cycle.Name} are now visible to board members.");
        return RedirectToAction(nameof(CyclesController.Show), "Cycles", new { id });
    }

    // Usually a page left open while someone else moved the cycle on: say where it is now and offer its task list.
    private IActionResult StateConflict(Cycle cycle, string verb) =>
        Refused(StatusCodes.Status409Conflict, $"Cycle {cycle.Name} cannot be {verb}", $"The cycle is {CycleChoices.Describe(cycle.State).ToLowerInvariant()}, so it cannot be {verb}. Nothing has been changed.",
            $"/cycles/{cycle.Id}", "Go to the cycle's tasks");

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}

public sealed record ConfirmOpenPage(Cycle Cycle, IReadOnlyList<string> Respondents);
