using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Stories;
using IncLead.Web.Features.Actions;
using IncLead.Web.Features.Eds;
using IncLead.Web.Features.Results;
using IncLead.Web.Features.Stories;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Dashboard;

/// <summary>
/// Everything the organisation dashboard shows, in a fixed number of queries: the same with one cycle of history as
/// with ten (a test counts them). It never loops over cycles or actions with a query inside.
/// </summary>
public sealed class DashboardQuery(AppDbContext db, ResultsReader history, ActionPlanQuery plan, EdsWorkspaceQuery eds, TimeProvider clock)
{
    public const int RecentStories = 5;

    public async Task<DashboardPage> LoadAsync(ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var reader = StoryReaders.From(viewer);

        var cycles = await db.Cycles.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(ct);
        var current = cycles.LastOrDefault();
        var progress = current is null ? null : await ProgressAsync(current, ct);

        // Stage scores: the latest results this person may see, against the cycle before them.
        var visible = cycles.Where(c => ResultsAccess.CanSee(viewer, c)).TakeLast(2).ToList();
        var results = (await history.ReadAsync(visible, ct)).Select(r => r.Results).ToList();
        var scores = results.Count == 0 ? null : new StageComparison(visible[^1], results[^1], results.Count > 1 ? results[0] : null);

        // EDS: the latest assessment with agreed grades (or, before any, the latest one), in the EDS workspace's own
        // fixed set of queries; a newer assessment still in progress is named beside it.
        var assessment = await db.EdsAssessments.AsNoTracking().Include(a => a.Services)
            .OrderByDescending(a => db.EdsOutcomeGrades.Any(g => g.AssessmentId == a.Id))
            .ThenByDescending(a => db.Cycles.Where(c => c.Id == a.CycleId).Select(c => c.CreatedAt).FirstOrDefault())
            .FirstOrDefaultAsync(ct);
        var assessed = await db.EdsAssessments.Select(a => a.CycleId).ToListAsync(ct);
        var edsCycle = assessment is null ? null : cycles.FirstOrDefault(c => c.Id == assessment.CycleId);
        var edsWorkspace = assessment is null || edsCycle is null ? null : await eds.LoadAsync(edsCycle, assessment, ct);
        var edsInProgress = edsCycle is null ? null : cycles.LastOrDefault(c => c.CreatedAt > edsCycle.CreatedAt && assessed.Contains(c.Id));

        var actions = await plan.ListAsync(new ActionFilter(), reader, ct);
        var stories = await db.Stories.VisibleTo(reader).OrderByDescending(s => s.UpdatedAt).Take(RecentStories)
            .Select(s => new StoryCard(s.Id, s.Title, s.Voice, s.Visibility, s.UpdatedAt)).ToListAsync(ct);

        return new DashboardPage(progress, scores, edsWorkspace, edsInProgress?.Name, ActionPlanSummary.From(actions, reader.UserId, now), stories, now);
    }

    private async Task<CycleProgress> ProgressAsync(Cycle cycle, CancellationToken ct)
    {
        // Completed stages per respondent and the stage count, in one query.
        var perRespondent = await db.Respondents.Where(r => r.CycleId == cycle.Id)
            .Select(r => new { Done = db.StageCompletions.Count(s => s.RespondentId == r.Id), Stages = db.Stages.Count(s => s.FrameworkId == cycle.FrameworkId) })
            .ToListAsync(ct);
        var stages = perRespondent.FirstOrDefault()?.Stages ?? 0;
        return new CycleProgress(cycle, perRespondent.Count, perRespondent.Count(r => stages > 0 && r.Done >= stages),
            perRespondent.Sum(r => Math.Min(r.Done, stages)), perRespondent.Count * stages);
    }
}

public sealed record DashboardPage(CycleProgress? Current, StageComparison? Scores, EdsWorkspace? Eds, string? EdsInProgress, ActionPlanSummary Actions, IReadOnlyList<StoryCard> Stories, DateTime Now);

public sealed record CycleProgress(Cycle Cycle, int Respondents, int Finished, int StagesCompleted, int StagesExpected)
{
    public int Percent => StagesExpected == 0 ? 0 : (int)Math.Round(100.0 * StagesCompleted / StagesExpected);
}

public sealed record StageComparison(Cycle Cycle, CycleResults Current, CycleResults? Previous);

public sealed record StoryCard(int Id, string Title, StoryVoice Voice, StoryVisibility Visibility, DateTime UpdatedAt);
