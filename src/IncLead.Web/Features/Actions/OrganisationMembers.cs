using IncLead.Web.Data;
using IncLead.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Actions;

/// <summary>The active members of the current organisation, for choosing owners, executive leads and attendees.</summary>
public static class OrganisationMembers
{
    public sealed record Member(string UserId, string Name, OrganisationRoles Roles, BoardPosition Position);

    public static async Task<IReadOnlyList<Member>> ActiveAsync(AppDbContext db, CancellationToken ct = default) =>
        await (from m in db.Memberships
               where m.IsActive
               join u in db.Users on m.UserId equals u.Id
               orderby u.FullName
               select new Member(m.UserId, u.FullName, m.Roles, m.Position)).ToListAsync(ct);

    /// <summary>Whether every id is an active member here; another organisation's people are not, by the tenancy filter.</summary>
    public static async Task<bool> AreActiveMembersAsync(AppDbContext db, IReadOnlyCollection<string> userIds, CancellationToken ct = default)
    {
        var distinct = userIds.Distinct().ToList();
        return distinct.Count == 0 || await db.Memberships.CountAsync(m => m.IsActive && distinct.Contains(m.UserId), ct) == distinct.Count;
    }

    public static IReadOnlyList<SelectListItem> Choices(IEnumerable<Member> members) =>
        [.. members.Select(m => new SelectListItem(m.Name, m.UserId))];
}
