using IncLead.Web.Domain;
using IncLead.Web.Domain.Cycles;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Data.Seed;

/// <summary>
/// The board cover sheets the demo equality lead filled in for the signed-off cycles, so the demo pack opens as a
/// real board paper does. Job titles, not names, for the sponsor: the pack may be published.
/// </summary>
internal static class DemoCoverSheets
{
    public static async Task SeedAsync(AppDbContext db, Organisation organisation, string leadName, DateTime now)
    {
        if (await db.CoverSheets.IgnoreQueryFilters().AnyAsync(c => c.OrganisationId == organisation.Id)) return;
        var cycles = await db.Cycles.IgnoreQueryFilters().Where(c => c.OrganisationId == organisation.Id && c.State == CycleState.SignedOff)
            .OrderBy(c => c.CreatedAt).ToListAsync();
        foreach (var (cycle, index) in cycles.Select((c, i) => (c, i)))
        {
            var meeting = cycle.ClosesOn.AddDays(27);
            db.CoverSheets.Add(new CoverSheet(organisation.Id, cycle.Id, new CoverSheetContent(
                "Trust Board (meeting held in public)", meeting, $"{9 + index}.2",
                $"Inclusion leadership self-assessment {cycle.Name} and Equality Delivery System grading",
                PaperPurpose.Approval, $"{leadName}, Head of Equality, Diversity and Inclusion", "Chief People Officer",
                $"People and Culture Committee, {Infrastructure.Dates.Long(meeting.AddDays(-21))}; Executive Management Team, {Infrastructure.Dates.Long(meeting.AddDays(-28))}",
                "The board is asked to approve the agreed positions and the action plan, note where members' views differ most, and agree to hear the next lived-experience story at its development session.",
                AssuranceLevel.Limited,
                "Strategic objective 3: a great place to work for everyone. Board assurance framework risk 7: workforce race equality.",
                index == cycles.Count - 1
                    ? "The board has moved on its own leadership and on how it uses equality data, and the EDS panel saw the difference.\n\nIt has further to go on hearing directly from patients and communities, where the board's views are still divided. The action plan sets out who will do what by when; the people committee will track it quarterly."
                    : "This was the board's first full self-assessment. It gives a baseline, and it shows most clearly where members see things differently.\n\nThe action plan focuses on the few statements where the board was most divided."),
                leadName, meeting.AddDays(-7)));
        }
        await db.SaveChangesAsync();
    }
}
