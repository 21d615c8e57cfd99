using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Results;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Insight;

/// <summary>
/// Reads a cycle's results by role group: the results through <see cref="ResultsReader"/>, then one query for the
/// answers with each respondent's board position, so the command count does not grow with respondents. The position
/// is the respondent's current one in the organisation; nobody's name or id leaves this method.
/// </summary>
public sealed class RoleGroupQuery(AppDbContext db, ResultsReader reader)
{
    public async Task<RoleGroupResults> LoadAsync(Cycle cycle, CancellationToken ct = default)
    {
        var results = (await reader.ReadAsync(cycle, ct)).Results;
        var rows = await (
            from a in db.Answers
            where a.CycleId == cycle.Id
            join r in db.Respondents on a.RespondentId equals r.Id
            select new
            {
                a.StatementId, a.Rating, a.Comment,
                Position = db.Memberships.Where(m => m.UserId == r.UserId).Select(m => (BoardPosition?)m.Position).FirstOrDefault(),
            }).ToListAsync(ct);
        return RoleGroupResults.Build(results, [.. rows.Select(r => (r.StatementId, new GroupAnswer(RoleGroups.For(r.Position), r.Rating, r.Comment)))]);
    }
}
