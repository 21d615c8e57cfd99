using IncLead.Web.Data;
using IncLead.Web.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Responding;

/// <summary>An answer as stored, for the questionnaire's pages.</summary>
public sealed record SavedAnswer(int StatementId, Rating? Rating, string? Comment);

/// <summary>
/// Builds a factor page: the stage's content from the cache, then a query for this respondent's answers and, on the
/// stage's last factor, whether they have marked it complete.
/// </summary>
public static class StagePageLoader
{
    // Compiled once: these run on every factor page. All of this respondent's answers (at most one per statement in the
    // framework) are read and picked here, a simpler query than IN (...), and they give every factor's count.
    private static readonly Func<AppDbContext, int, IAsyncEnumerable<SavedAnswer>> SavedAnswers = EF.CompileAsyncQuery(
        (AppDbContext db, int respondentId) => db.Answers.Where(a => a.RespondentId == respondentId).Select(a => new SavedAnswer(a.StatementId, a.Rating, a.Comment)));

    private static readonly Func<AppDbContext, int, int, Task<bool>> IsCompleted = EF.CompileAsyncQuery(
        (AppDbContext db, int respondentId, int stageId) => db.StageCompletions.Any(c => c.RespondentId == respondentId && c.StageId == stageId));

    public static async Task<Dictionary<int, SavedAnswer>> SavedAsync(AppDbContext db, int respondentId)
    {
        var saved = new Dictionary<int, SavedAnswer>();
        await foreach (var a in SavedAnswers(db, respondentId)) saved[a.StatementId] = a;
        return saved;
    }

    /// <summary>Where a person picks a stage up: the first factor with a statement not yet rated, or the first factor.</summary>
    public static int ResumeAt(StageContent stage, IReadOnlyDictionary<int, SavedAnswer> saved) =>
        stage.Factors.FirstOrDefault(f => f.Statements.Any(s => saved.GetValueOrDefault(s.StatementId)?.Rating is null))?.Number ?? 1;

    public static async Task<FactorPage?> LoadAsync(AppDbContext db, StageContentCache cache, RespondentCycle cycle, int respondentId, int stageNumber, int factorNumber, FactorForm? posted = null)
    {
        var stage = await cache.StageAsync(db, cycle.FrameworkId, stageNumber, cycle.Kinds);
        if (stage?.Factor(factorNumber) is not { } factor) return null;
        var saved = await SavedAsync(db, respondentId);
        // Only the last factor's page asks whether the stage is complete.
        var completed = factor.Number == stage.Factors.Count && await IsCompleted(db, respondentId, stage.StageId);

        // After a failed post, show what the person sent, not what is stored, so nothing they typed is lost.
        var answers = posted is not null && posted.Answers.Select(a => a.StatementId).SequenceEqual(factor.Statements.Select(s => s.StatementId))
            ? posted.Answers
            : [.. factor.Statements.Select(s => saved.TryGetValue(s.StatementId, out var a)
                ? new AnswerInput { StatementId = s.StatementId, Rating = AnswerInput.Format(a.Rating), Comment = a.Comment }
                : new AnswerInput { StatementId = s.StatementId })];

        return new FactorPage
        {
            Cycle = cycle, Stage = stage, Factor = factor, IsCompleted = completed,
            SavedByFactor = [.. stage.Factors.Select(f => f.Statements.Count(s => saved.GetValueOrDefault(s.StatementId)?.Rating is not null))],
            Answers = answers, Completed = posted?.Completed ?? (completed ? "yes" : null),
        };
    }
}
