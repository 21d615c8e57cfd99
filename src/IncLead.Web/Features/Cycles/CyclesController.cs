using System.Globalization;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Cycles;

/// <summary>The equality lead's list of cycles, and creating or changing a draft one.</summary>
[Authorize(Policy = Policies.EqualityLead), Route("cycles")]
public sealed class CyclesController(AppDbContext db, AuditLog audit, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var cycles = await db.Cycles.OrderByDescending(c => c.CreatedAt)
            .Select(c => new CycleListItem(c, db.Respondents.Count(r => r.CycleId == c.Id))).ToListAsync();
        return View(cycles);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return NotFound();
        var framework = await db.Frameworks.Where(f => f.Id == cycle.FrameworkId).Select(f => f.Title + " (version " + f.Version + ")").SingleAsync();
        var previous = await db.Cycles.Where(c => c.Id == cycle.PreviousCycleId).Select(c => c.Name).SingleOrDefaultAsync();
        var respondents = await (from r in db.Respondents where r.CycleId == id join u in db.Users on r.UserId equals u.Id orderby u.FullName select u.FullName).ToListAsync();
        var signOffs = await db.SignOffs.Where(s => s.CycleId == id).OrderBy(s => s.Version)
            .Select(s => new SignOffLine(s.Version, s.MeetingDate, s.MinuteReference, s.SignedOffByName, s.SignedOffAt, s.CorrectionReason)).ToListAsync();
        var facts = (await CycleFactsQuery.ForCycleAsync(db, id))!;
        return View(new CycleDetails(cycle, framework, previous, respondents, signOffs, CycleTasks.For(facts)));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(int? from)
    {
        var form = new CycleForm { FrameworkId = await db.Frameworks.Where(f => f.Kind == FrameworkKind.IncLead).OrderByDescending(f => f.Version).Select(f => (int?)f.Id).FirstOrDefaultAsync() };
        var previous = from is null ? null : await db.Cycles.SingleOrDefaultAsync(c => c.Id == from);
        if (from is not null && previous is null) return NotFound();
        if (previous is not null)
        {
            // Starting from last year: same respondents (still on the board) and framework, new dates and statuses.
            form.PreviousCycleId = previous.Id;
            form.FrameworkId = previous.FrameworkId;
            form.RespondentUserIds = await db.Respondents.Where(r => r.CycleId == previous.Id).Select(r => r.UserId).ToListAsync();
        }
        return View("Form", await CycleChoices.FillAsync(db, form));
    }

    [HttpPost("new")]
    public async Task<IActionResult> New(CycleForm form)
    {
        if (!await ValidateAsync(form, null)) return Invalid(await CycleChoices.FillAsync(db, form), "Form");

        var now = clock.GetUtcNow().UtcDateTime;
        var organisationId = db.OrganisationId ?? throw new InvalidOperationException("No organisation.");
        var cycle = new Cycle(organisationId, form.Name, form.FrameworkId!.Value, form.OpensOnDate!.Value, form.ClosesOnDate!.Value, form.PreviousCycleId, now);
        db.Cycles.Add(cycle);
        await db.SaveChangesAsync();
        db.Respondents.AddRange(form.RespondentUserIds.Distinct().Select(u => new Respondent(organisationId, cycle.Id, u, now)));
        audit.Record(AuditActions.CycleCreated, "Cycle", cycle.Id.ToString(CultureInfo.InvariantCulture),
            $"Created cycle '{cycle.Name}' ({CycleChoices.Period(cycle)}) with {form.RespondentUserIds.Distinct().Count()} respondents");
        await db.SaveChangesAsync();
        Flash($"Cycle {cycle.Name} created as a draft. Open it when you are ready to invite the respondents.");
        return RedirectToAction(nameof(Show), new { id = cycle.Id });
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return NotFound();
        if (cycle.State != CycleState.Draft) return Refused(StatusCodes.Status409Conflict, "This cycle can no longer be changed", "Only a draft cycle can be changed. Nothing has been changed.");
        var form = new CycleForm
        {
            CycleId = id, Name = cycle.Name, FrameworkId = cycle.FrameworkId, PreviousCycleId = cycle.PreviousCycleId,
            OpensOn = cycle.OpensOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ClosesOn = cycle.ClosesOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            RespondentUserIds = await db.Respondents.Where(r => r.CycleId == id).Select(r => r.UserId).ToListAsync(),
        };
        return View("Form", await CycleChoices.FillAsync(db, form, id));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CycleForm form)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return NotFound();
        if (cycle.State != CycleState.Draft) return Refused(StatusCodes.Status409Conflict, "This cycle can no longer be changed", "Only a draft cycle can be changed. Nothing has been changed.");
        form.CycleId = id;
        if (!await ValidateAsync(form, id)) return Invalid(await CycleChoices.FillAsync(db, form, id), "Form");

        cycle.Plan(form.Name, form.OpensOnDate!.Value, form.ClosesOnDate!.Value);
        var wanted = form.RespondentUserIds.ToHashSet();
        var current = await db.Respondents.Where(r => r.CycleId == id).ToListAsync();
        db.Respondents.RemoveRange(current.Where(r => !wanted.Contains(r.UserId)));
        var now = clock.GetUtcNow().UtcDateTime;
        db.Respondents.AddRange(wanted.Except(current.Select(r => r.UserId)).Select(u => new Respondent(cycle.OrganisationId, id, u, now)));
        audit.Record(AuditActions.CycleUpdated, "Cycle", id.ToString(CultureInfo.InvariantCulture), $"Changed draft cycle '{cycle.Name}' ({CycleChoices.Period(cycle)}), {wanted.Count} respondents");
        await db.SaveChangesAsync();
        Flash($"Cycle {cycle.Name} updated.");
        return RedirectToAction(nameof(Show), new { id });
    }

    private async Task<bool> ValidateAsync(CycleForm form, int? cycleId)
    {
        var members = (await CycleChoices.BoardMembersAsync(db)).Select(m => m.UserId).ToHashSet();
        var frameworks = (await db.Frameworks.Where(f => f.Kind == FrameworkKind.IncLead).Select(f => f.Id).ToListAsync()).ToHashSet();
        // A changed draft keeps its framework: respondents may already have seen its statements.
        if (cycleId is not null) form.FrameworkId = await db.Cycles.Where(c => c.Id == cycleId).Select(c => c.FrameworkId).SingleAsync();
        var previous = (await db.Cycles.Where(c => c.Id != cycleId).Select(c => c.Id).ToListAsync()).ToHashSet();
        form.Validate(ModelState, members, frameworks, previous);
        return ModelState.IsValid;
    }
}

public sealed record CycleListItem(Cycle Cycle, int Respondents);

public sealed record SignOffLine(int Version, DateTime MeetingDate, string MinuteReference, string By, DateTime At, string? CorrectionReason);

public sealed record CycleDetails(Cycle Cycle, string Framework, string? PreviousCycle, IReadOnlyList<string> Respondents, IReadOnlyList<SignOffLine> SignOffs, IReadOnlyList<CycleTask> Tasks);
