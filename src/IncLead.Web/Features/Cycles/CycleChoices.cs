using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Cycles;

/// <summary>The lists a cycle form offers: IncLeaD framework versions, earlier cycles and the organisation's board members.</summary>
public static class CycleChoices
{
    public static async Task<CycleForm> FillAsync(AppDbContext db, CycleForm form, int? excludeCycleId = null)
    {
        form.Frameworks = await db.Frameworks.Where(f => f.Kind == FrameworkKind.IncLead).OrderByDescending(f => f.Version)
            .Select(f => new SelectListItem(f.Title + " (version " + f.Version + ")", f.Id.ToString())).ToListAsync();
        var previous = await db.Cycles.Where(c => c.Id != excludeCycleId).OrderByDescending(c => c.CreatedAt)
            .Select(c => new { c.Id, c.Name, c.State }).ToListAsync();
        form.PreviousCycles = [new SelectListItem("Start afresh", ""), .. previous.Select(c => new SelectListItem($"{c.Name} ({Describe(c.State)})", c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        form.BoardMembers = (await BoardMembersAsync(db)).Select(m => new SelectListItem(m.Name, m.UserId) { Group = new SelectListGroup { Name = m.Hint } }).ToList();
        return form;
    }

    public sealed record Candidate(string UserId, string Name, string Hint);

    /// <summary>Active memberships holding the board member role; governors are board members with the Governor position.</summary>
    public static async Task<IReadOnlyList<Candidate>> BoardMembersAsync(AppDbContext db)
    {
        var rows = await (
            from m in db.Memberships
            where m.IsActive && (m.Roles & OrganisationRoles.BoardMember) == OrganisationRoles.BoardMember
            join u in db.Users on m.UserId equals u.Id
            orderby m.Position, u.FullName
            select new { m.UserId, u.FullName, u.Email, m.Position }).ToListAsync();
        return rows.Select(r => new Candidate(r.UserId, r.FullName, $"{Position(r.Position)}, {r.Email}")).ToList();
    }

    public static string Position(BoardPosition position) => position switch
    {
        BoardPosition.Chair => "Chair",
        BoardPosition.ChiefExecutive => "Chief Executive",
        BoardPosition.ExecutiveDirector => "Executive director",
        BoardPosition.NonExecutiveDirector => "Non-executive director",
        BoardPosition.Governor => "Governor",
        _ => "Board member",
    };

    public static string Describe(CycleState state) => state switch
    {
        CycleState.Draft => "Draft",
        CycleState.Open => "Open",
        CycleState.Closed => "Closed",
        _ => "Signed off",
    };

    public static string TagColour(CycleState state) => state switch
    {
        CycleState.Draft => "nhsuk-tag--grey",
        CycleState.Open => "nhsuk-tag--blue",
        CycleState.Closed => "nhsuk-tag--yellow",
        _ => "nhsuk-tag--green",
    };

    public static string Period(Cycle c) => $"{Dates.Long(c.OpensOn)} to {Dates.Long(c.ClosesOn)}";
}
