using IncLead.Web.Data;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.Stories;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Actions;

/// <summary>
/// Checks what an action is raised from and describes it. A statement brings its factor and stage; a cycle must be
/// this organisation's and the statement must belong to its framework; a story must be one the person may read.
/// Anything that does not check out gives null, which the pages answer with 404, as for any foreign id.
/// </summary>
public sealed class ActionSourceResolver(AppDbContext db)
{
    public sealed record Resolved(ActionSource Source, ActionSourceDetails Details);

    public async Task<Resolved?> ResolveAsync(int? cycleId, int? statementId, int? factorId, int? stageId, int? outcomeId, int? storyId, StoryReader reader, CancellationToken ct = default)
    {
        var cycle = cycleId is null ? null : await db.Cycles.Where(c => c.Id == cycleId).Select(c => new { c.Id, c.Name, c.FrameworkId }).FirstOrDefaultAsync(ct);
        if (cycleId is not null && cycle is null) return null;

        string? statementCode = null, statementText = null, suggested = null;
        if (statementId is not null)
        {
            var statement = await (from s in db.Statements
                                   where s.Id == statementId
                                   join f in db.Factors on s.FactorId equals f.Id
                                   join st in db.Stages on f.StageId equals st.Id
                                   select new { s.Code, s.Text, s.SuggestedAction, s.FactorId, f.StageId, st.FrameworkId }).FirstOrDefaultAsync(ct);
            if (statement is null || (cycle is not null && statement.FrameworkId != cycle.FrameworkId)) return null;
            (statementCode, statementText, suggested, factorId, stageId) = (statement.Code, statement.Text, statement.SuggestedAction, statement.FactorId, statement.StageId);
        }

        string? factor = null;
        if (factorId is not null)
        {
            var found = await db.Factors.Where(f => f.Id == factorId).Select(f => new { Label = f.Code + ": " + f.Title, f.StageId }).FirstOrDefaultAsync(ct);
            if (found is null) return null;
            (factor, stageId) = (found.Label, found.StageId);
        }

        var stage = stageId is null ? null : await db.Stages.Where(s => s.Id == stageId).Select(s => "Stage " + s.Number + ": " + s.Title).FirstOrDefaultAsync(ct);
        if (stageId is not null && stage is null) return null;
        var outcome = outcomeId is null ? null : await db.EdsOutcomes.Where(o => o.Id == outcomeId).Select(o => o.Code + ": " + o.Text).FirstOrDefaultAsync(ct);
        if (outcomeId is not null && outcome is null) return null;
        var story = storyId is null ? null : await db.Stories.VisibleTo(reader).Where(s => s.Id == storyId).Select(s => s.Title).FirstOrDefaultAsync(ct);
        if (storyId is not null && story is null) return null;

        return new Resolved(
            new ActionSource(cycle?.Id, stageId, factorId, statementId, outcomeId, storyId),
            new ActionSourceDetails(cycle?.Id, cycle?.Name, stage, factor, statementCode, statementText, suggested, outcome, storyId, story));
    }
}
