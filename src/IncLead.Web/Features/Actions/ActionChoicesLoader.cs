using IncLead.Web.Data;
using IncLead.Web.Domain.Frameworks;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Actions;

/// <summary>The choices on the action form: members, the stages of the latest IncLeaD framework, and EDS outcomes.</summary>
public static class ActionChoicesLoader
{
    public static async Task<ActionChoices> LoadAsync(AppDbContext db, CancellationToken ct = default)
    {
        var members = OrganisationMembers.Choices(await OrganisationMembers.ActiveAsync(db, ct));
        var incLead = await db.Frameworks.Where(f => f.Kind == FrameworkKind.IncLead).OrderByDescending(f => f.ImportedAt).Select(f => (int?)f.Id).FirstOrDefaultAsync(ct);
        var stages = await db.Stages.Where(s => s.FrameworkId == incLead).OrderBy(s => s.Number)
            .Select(s => new SelectListItem("Stage " + s.Number + ": " + s.Title, s.Id.ToString())).ToListAsync(ct);
        var outcomes = await (from o in db.EdsOutcomes
                              join d in db.EdsDomains on o.DomainId equals d.Id
                              join f in db.Frameworks on d.FrameworkId equals f.Id
                              orderby f.Kind, d.Number, o.Order
                              select new { o.Id, Framework = f.Title, o.Code, o.Text }).ToListAsync(ct);
        return new ActionChoices(members, stages, [.. outcomes.Select(o => new SelectListItem($"{o.Framework} {o.Code}: {Short(o.Text)}", o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
    }

    private static string Short(string text) => text.Length <= 90 ? text : text[..90].TrimEnd() + "…";
}
