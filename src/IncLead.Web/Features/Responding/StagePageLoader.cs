using IncLead.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Responding;

/// <summary>Builds a stage page: the stage's content from the cache, then two small queries for this respondent's answers and completion.</summary>
public static class StagePageLoader
{
    private sealed record SavedAnswer(int StatementId, Domain.Scoring.Rating? Rating, string? Comment);

    // Compiled once: these run on every stage page. All of this respondent's answers (at most one per statement in the
    // framework) are read and picked here, a simpler query than IN (...).
    private static readonly Func<AppDbContext, int, IAsyncEnumerable<SavedAnswer>> SavedAnswers = EF.CompileAsyncQuery(
        (AppDbContext db, int respondentId) => db.Answers.Where(a => a.RespondentId == respondentId).Select(a => new SavedAnswer(a.StatementId, a.Rating, a.Comment)));

    private static readonly Func<AppDbContext, int, int, Task<bool>> IsCompleted = EF.CompileAsyncQuery(
        (AppDbContext db, int respondentId, int stageId) => db.StageCompletions.Any(c => c.RespondentId == respondentId && c.StageId == stageId));

    public static async Task<StagePage?> LoadAsync(AppDbContext db, StageContentCache cache, RespondentCycle cycle, int respondentId, int stageNumber, StageForm? posted = null)
    {
        var stage = await cache.StageAsync(db, cycle.FrameworkId, stageNumber, cycle.Kinds);
        if (stage is null) return null;
        var ids = stage.Statements.Select(s => s.StatementId).ToList();
        var saved = new Dictionary<int, SavedAnswer>();
        await foreach (var a in SavedAnswers(db, respondentId)) saved[a.StatementId] = a;
        var completed = await IsCompleted(db, respondentId, stage.StageId);

        // After a failed post, show what the person sent, not what is stored, so nothing they typed is lost.
        var answers = posted?.Answers.Count == ids.Count
            ? posted.Answers
            : ids.Select(id => saved.TryGetValue(id, out var a)
                ? new AnswerInput { StatementId = id, Rating = AnswerInput.Format(a.Rating), Comment = a.Comment }
                : new AnswerInput { StatementId = id }).ToList();

        return new StagePage
        {
            Cycle = cycle, StageNumber = stageNumber, StageCount = stage.StageCount, StageTitle = stage.Title, Theme = stage.Theme, Summary = stage.Summary,
            EstimatedMinutes = stage.EstimatedMinutes, Factors = stage.Factors, IsCompleted = completed,
            Answers = answers, Completed = posted?.Completed ?? (completed ? "yes" : null),
        };
    }
}
