using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Results;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Insight;

public sealed record LinkedAction(int Id, string Title);

public sealed record Priority(int Rank, StatementResult Statement, PriorityInput Input, PriorityScore Score, IReadOnlyList<LinkedAction> Actions);

public sealed record PriorityList(CycleResults Results, CycleResults? Previous, IReadOnlyList<Priority> Ranked, int NotRanked)
{
    public const int Shown = 15;
}

/// <summary>
/// The ranked improvement priorities of a cycle: its results and last cycle's through <see cref="ResultsReader"/>, the
/// agreed positions (frozen ones for a signed-off cycle), the targets set at last cycle's sign-off and the actions
/// already raised from each statement. A fixed number of queries, whatever the number of respondents or statements.
/// </summary>
public sealed class PriorityQuery(AppDbContext db, ResultsReader reader)
{
    public async Task<PriorityList> LoadAsync(Cycle cycle, CancellationToken ct = default)
    {
        var (current, previous) = await reader.ReadWithPreviousAsync(cycle, ct);
        var agreed = current.SignedOff is { } frozen
            ? frozen.AgreedPositions.ToDictionary(p => p.StatementCode, p => p.Rating.Score())
            : await (from p in db.AgreedPositions where p.CycleId == cycle.Id
                     join s in db.Statements on p.StatementId equals s.Id
                     select new { s.Code, p.Rating }).ToDictionaryAsync(p => p.Code, p => p.Rating.Score(), ct);
        var targets = previous is null ? [] : await db.BoardTargets.Where(t => t.CycleId == previous.Cycle.Id).ToListAsync(ct);
        var actions = (await db.Actions.Where(a => a.CycleId == cycle.Id && a.StatementId != null).OrderBy(a => a.Id)
                .Select(a => new { StatementId = a.StatementId!.Value, a.Id, a.Title }).ToListAsync(ct))
            .ToLookup(a => a.StatementId, a => new LinkedAction(a.Id, a.Title));
        return Build(current.Results, previous?.Results, agreed, targets, actions);
    }

    public static PriorityList Build(CycleResults results, CycleResults? previous, IReadOnlyDictionary<string, int?> agreed,
        IReadOnlyList<BoardTarget> targets, ILookup<int, LinkedAction> actions)
    {
        var stageTargets = targets.Where(t => t.StatementCode is null).ToDictionary(t => t.StageCode, t => t.Level);
        var statementTargets = targets.Where(t => t.StatementCode is not null).ToDictionary(t => t.StatementCode!, t => t.Level);
        var scored = results.Stages.SelectMany(stage => stage.Factors.SelectMany(f => f.Statements).Select(s =>
        {
            var st = s.Statistics;
            double? target = statementTargets.TryGetValue(s.Code, out var own) ? own : stageTargets.TryGetValue(stage.Code, out var staged) ? staged : null;
            var before = previous?.AllStatements.FirstOrDefault(p => p.Code == s.Code)?.Statistics.Mean;
            var input = new PriorityInput(agreed.GetValueOrDefault(s.Code), st.Mean, target, st.InterquartileRange, st.Answers, st.DontKnow, before);
            return (Statement: s, Input: input, Score: PriorityFormula.Score(input));
        })).ToList();
        var ranked = PriorityFormula.Rank(scored, x => x.Score, x => x.Statement.Code);
        return new PriorityList(results, previous,
            [.. ranked.Take(PriorityList.Shown).Select((x, i) => new Priority(i + 1, x.Statement, x.Input, x.Score!, [.. actions[x.Statement.StatementId]]))],
            scored.Count(x => x.Score is null));
    }
}
