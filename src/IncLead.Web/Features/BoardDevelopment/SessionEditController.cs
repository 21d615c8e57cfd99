using System.Globalization;
using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.BoardDevelopment;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Features.Actions;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.BoardDevelopment;

/// <summary>
/// The equality lead plans a session from the toolkit's sample agenda and learning objectives (all editable), then
/// records who attended and what came out of it.
/// </summary>
[Authorize(Policy = Policies.EqualityLead), Route("board-development")]
public sealed class SessionEditController(AppDbContext db, AuditLog audit, TimeProvider clock) : AppController
{
    [HttpGet("new")]
    public async Task<IActionResult> New()
    {
        var template = await db.BoardSessionTemplates.AsNoTracking()
            .Where(t => db.Frameworks.Any(f => f.Id == t.FrameworkId && f.Kind == FrameworkKind.IncLead))
            .OrderByDescending(t => t.FrameworkId).FirstOrDefaultAsync();
        var form = new SessionForm
        {
            Title = "Board development session on inclusion",
            HeldOn = clock.GetUtcNow().UtcDateTime.Date.AddDays(28).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Aims = template is null ? null : string.Join('\n', template.Aims),
            LearningObjectives = template is null ? null : string.Join('\n', template.LearningObjectives),
            Agenda = template is null ? [] : [.. template.Agenda.Select(a => new AgendaRow { Minutes = a.Minutes.ToString(CultureInfo.InvariantCulture), Text = a.Text, LedBy = a.LedBy })],
        };
        return View("Form", await PageAsync(null, form.WithBlankRows(), null));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] SessionForm form)
    {
        if (!await ValidateAsync(form)) return Invalid(await PageAsync(null, form.WithBlankRows(), null), "Form");
        var session = new BoardDevelopmentSession(db.OrganisationId!.Value, clock.GetUtcNow().UtcDateTime);
        Apply(session, form);
        db.BoardDevelopmentSessions.Add(session);
        await db.InTransactionAsync(async ct =>
        {
            await db.SaveChangesAsync(ct);
            audit.Record(AuditActions.BoardSessionPlanned, "BoardDevelopmentSession", session.Id.ToString(CultureInfo.InvariantCulture), $"Planned '{session.Title}' for {Dates.Long(session.HeldOn)}");
            return await db.SaveChangesAsync(ct);
        });
        Flash($"Session planned for {Dates.Long(session.HeldOn)}.");
        return Redirect($"/board-development/{session.Id}");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var s = await db.BoardDevelopmentSessions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id);
        if (s is null) return NotFound();
        var form = new SessionForm
        {
            Title = s.Title, HeldOn = s.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Venue = s.Venue, Facilitator = s.Facilitator,
            Aims = string.Join('\n', s.Aims), LearningObjectives = string.Join('\n', s.LearningObjectives), AttendeeUserIds = s.AttendeeUserIds, Outcomes = s.Outcomes,
            Agenda = [.. s.Agenda.Select(a => new AgendaRow { Minutes = a.Minutes.ToString(CultureInfo.InvariantCulture), Text = a.Text, LedBy = a.LedBy })], Version = s.Version,
        };
        return View("Form", await PageAsync(id, form.WithBlankRows(), null));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Save(int id, [Bind(Prefix = "Form")] SessionForm form)
    {
        var session = await db.BoardDevelopmentSessions.SingleOrDefaultAsync(x => x.Id == id);
        if (session is null) return NotFound();
        if (!await ValidateAsync(form)) return Invalid(await PageAsync(id, form.WithBlankRows(), null), "Form");
        if (form.Version != session.Version) return await ConflictAsync(session, form);
        db.Entry(session).Property(s => s.Version).OriginalValue = form.Version!.Value;
        Apply(session, form);
        audit.Record(AuditActions.BoardSessionChanged, "BoardDevelopmentSession", id.ToString(CultureInfo.InvariantCulture),
            $"'{session.Title}' on {Dates.Long(session.HeldOn)}: {session.Agenda.Count} agenda items, {session.AttendeeUserIds.Count} attendees{(session.Outcomes is null ? "" : ", outcomes recorded")}");
        return await SaveEditAsync(db, async () => await ConflictAsync(await db.BoardDevelopmentSessions.SingleAsync(x => x.Id == id), form), "The session has been saved.", $"/board-development/{id}");
    }

    private void Apply(BoardDevelopmentSession session, SessionForm form)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var by = User.FindFirstValue(AppClaims.FullName) ?? "Equality lead";
        session.Plan(form.Title!, form.HeldOnDate!.Value, form.Venue, form.Facilitator, SessionForm.Lines(form.Aims), form.AgendaItems(), SessionForm.Lines(form.LearningObjectives), by, now);
        session.Record(form.AttendeeUserIds, form.Outcomes, by, now);
    }

    private async Task<bool> ValidateAsync(SessionForm form)
    {
        form.Validate(ModelState);
        if (!await OrganisationMembers.AreActiveMembersAsync(db, form.AttendeeUserIds))
            ModelState.AddModelError(SessionForm.Prefix + nameof(form.AttendeeUserIds), "Attendees must be members of your organisation");
        return ModelState.IsValid;
    }

    private async Task<IActionResult> ConflictAsync(BoardDevelopmentSession saved, SessionForm mine)
    {
        ModelState.Clear();
        ModelState.AddModelError("", $"{saved.UpdatedByName} saved this session while you were editing it; their version is kept and shown on the session page. Your version is in the form below and has not been saved: save again to replace theirs.");
        mine.Version = saved.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Form", await PageAsync(saved.Id, mine.WithBlankRows(), saved));
    }

    private async Task<SessionFormPage> PageAsync(int? id, SessionForm form, BoardDevelopmentSession? theirs) =>
        new(id, form, OrganisationMembers.Choices(await OrganisationMembers.ActiveAsync(db)), theirs?.UpdatedByName, theirs?.UpdatedAt);
}
