using System.Globalization;
using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.BoardDevelopment;

/// <summary>Board development sessions on inclusion (toolkit stage 1): the list, a session, and its agenda to print or download as a PDF.</summary>
[Authorize(Policy = Policies.BoardMemberOrEqualityLead), Route("board-development")]
public sealed class SessionsController(AppDbContext db, SessionAgendaQuery agendas, ReportDownloads downloads, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var sessions = await db.BoardDevelopmentSessions.OrderByDescending(s => s.HeldOn)
            .Select(s => new SessionRow(s.Id, s.Title, s.HeldOn, s.AttendeeUserIds.Count, s.Outcomes != null)).ToListAsync();
        return View(new SessionListPage(sessions, User.IsInRole(AppClaims.EqualityLeadRole), clock.GetUtcNow().UtcDateTime));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id)
    {
        var agenda = await agendas.LoadAsync(id);
        return agenda is null ? NotFound() : View(new SessionPage(agenda, User.IsInRole(AppClaims.EqualityLeadRole), agenda.Session.HeldBy(clock.GetUtcNow().UtcDateTime)));
    }

    [HttpGet("{id:int}/agenda")]
    public async Task<IActionResult> Agenda(int id)
    {
        var agenda = await agendas.LoadAsync(id);
        return agenda is null ? NotFound() : View(agenda);
    }

    [HttpGet("{id:int}/agenda.pdf")]
    public async Task<IActionResult> AgendaPdf(int id, CancellationToken ct)
    {
        var agenda = await agendas.LoadAsync(id, ct);
        if (agenda is null) return NotFound();
        var s = agenda.Session;
        var file = ReportFile.Pdf(SessionAgendaComposer.Compose(agenda), ReportFiles.Dated(agenda.Organisation, "board-development-agenda", s.HeldOn, "pdf"));
        return await downloads.SendAsync(file, "BoardDevelopmentSession", s.Id.ToString(CultureInfo.InvariantCulture), $"the agenda of {s.Title}", ct);
    }
}

public sealed record SessionRow(int Id, string Title, DateTime HeldOn, int Attendees, bool HasOutcomes);

public sealed record SessionListPage(IReadOnlyList<SessionRow> Sessions, bool CanPlan, DateTime Now);

public sealed record SessionPage(SessionAgenda Agenda, bool CanEdit, bool Held);
