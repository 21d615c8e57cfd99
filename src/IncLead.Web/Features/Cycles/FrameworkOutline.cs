using IncLead.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Cycles;

/// <summary>
/// A framework's stages, factors and statements in order, read in one query for pages that walk them all. Every
/// statement is read; results keep only those the cycle's organisation is asked (<see cref="Domain.Frameworks.Applicability"/>,
/// applied in <see cref="Results.ResultsCalculator.Build"/>).
/// </summary>
public sealed record OutlineRow(int StageId, string StageCode, int StageNumber, string StageTitle, int FactorId, string FactorCode, int FactorOrder,
    string FactorTitle, int StatementId, string StatementCode, int StatementOrder, string StatementText, bool WordingToBeConfirmed, int AppliesTo = 0);

public static class FrameworkOutline
{
    public static async Task<IReadOnlyList<OutlineRow>> LoadAsync(AppDbContext db, IEnumerable<int> frameworkIds, int? stageNumber = null, CancellationToken ct = default)
    {
        var ids = frameworkIds.Distinct().ToList();
        var rows = await (
            from stage in db.Stages
            where ids.Contains(stage.FrameworkId) && (stageNumber == null || stage.Number == stageNumber)
            from factor in stage.Factors
            from statement in factor.Statements
            select new OutlineRow(stage.Id, stage.Code, stage.Number, stage.Title, factor.Id, factor.Code, factor.Order, factor.Title,
                statement.Id, statement.Code, statement.Order, statement.Text, statement.WordingToBeConfirmed, statement.AppliesTo))
            .ToListAsync(ct);
        return [.. rows.OrderBy(r => r.StageNumber).ThenBy(r => r.FactorOrder).ThenBy(r => r.StatementOrder)];
    }
}
