using IncLead.Web.Data;
using IncLead.Web.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Cycles;

/// <summary>
/// The kinds of organisation (<see cref="Applicability.Kinds"/>) a cycle's statements are chosen for, for the queries
/// that count or accept statements in SQL. Results take it from their own cycle query; the questionnaire from
/// <see cref="Responding.RespondentAccess"/>.
/// </summary>
public static class StatementsAsked
{
    public static async Task<int> KindsAsync(AppDbContext db, int organisationId, CancellationToken ct = default)
    {
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => new { o.Type, o.HasCouncilOfGovernors }).SingleAsync(ct);
        return Applicability.Kinds(organisation.Type, organisation.HasCouncilOfGovernors);
    }
}
