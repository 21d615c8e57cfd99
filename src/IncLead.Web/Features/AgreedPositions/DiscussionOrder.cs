using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Results;

namespace IncLead.Web.Features.AgreedPositions;

/// <summary>
/// The order the board works through its positions: the statements it discussed first — where views differ, widest
/// spread first, exactly as the consensus page and board pack rank them (<see cref="Divergence"/>) — then every other
/// statement in questionnaire order.
/// </summary>
public static class DiscussionOrder
{
    public static IReadOnlyList<StatementResult> Of(CycleResults results)
    {
        var all = results.AllStatements.ToList();
        var discussed = Divergence.MostDivergent(all, s => s.Statistics, s => s.Code, length: int.MaxValue);
        var first = discussed.Select(s => s.StatementId).ToHashSet();
        return [.. discussed, .. all.Where(s => !first.Contains(s.StatementId))];
    }

    /// <summary>
    /// The next statement without an agreed position after <paramref name="afterStatementId"/> (from the start when
    /// null), going round to the beginning so a skipped one is not lost; null when every statement has a position.
    /// </summary>
    public static int? NextWithoutPosition(IReadOnlyList<int> order, IReadOnlySet<int> agreed, int? afterStatementId)
    {
        var start = afterStatementId is { } after ? order.ToList().IndexOf(after) + 1 : 0;
        for (var i = 0; i < order.Count; i++)
        {
            var id = order[(start + i) % order.Count];
            if (!agreed.Contains(id) && id != afterStatementId) return id;
        }
        return null;
    }
}
