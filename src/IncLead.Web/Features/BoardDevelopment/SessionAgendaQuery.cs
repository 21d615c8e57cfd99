using IncLead.Web.Data;
using IncLead.Web.Domain.BoardDevelopment;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.BoardDevelopment;

/// <summary>A session as its page, its printable agenda and its PDF show it: names instead of ids, running times.</summary>
public sealed record SessionAgenda(BoardDevelopmentSession Session, string Organisation, IReadOnlyList<string> Attendees, IReadOnlyList<TimedItem> Items)
{
    public int TotalMinutes => Items.Sum(i => i.Item.Minutes);
}

/// <summary>An agenda item with when it starts, in minutes from the start of the session.</summary>
public sealed record TimedItem(int Number, int StartsAfter, AgendaItem Item)
{
    /// <summary>Hours and minutes from the start: "Start", "0:20", "1:05".</summary>
    public string StartsAfterText => StartsAfter == 0 ? "Start" : $"{StartsAfter / 60}:{StartsAfter % 60:00}";
}

public sealed class SessionAgendaQuery(AppDbContext db)
{
    public async Task<SessionAgenda?> LoadAsync(int id, CancellationToken ct = default)
    {
        var session = await db.BoardDevelopmentSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return null;
        var ids = session.AttendeeUserIds;
        var attendees = await db.Users.Where(u => ids.Contains(u.Id)).OrderBy(u => u.FullName).Select(u => u.FullName).ToListAsync(ct);
        var organisation = await db.Organisations.Where(o => o.Id == session.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var start = 0;
        var items = session.Agenda.Select((item, i) =>
        {
            var timed = new TimedItem(i + 1, start, item);
            start += item.Minutes;
            return timed;
        }).ToList();
        return new SessionAgenda(session, organisation, attendees, items);
    }
}
