using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Responding;

/// <summary>Builds a stage page: the stage's content from the cache, then two small queries for this respondent's answers and completion.</summary>
public static class StagePageLoader
{
    public static async Task<StagePage?> LoadAsync(AppDbContext db, StageContentCache cache, Cycle cycle, Respondent respondent, int stageNumber, StageForm? posted = null)
    {
        var stage = await cache.StageAsync(db, cycle.FrameworkId, stageNumber);
        if (stage is null) return null;
        var ids = stage.Statements.Select(s => s.StatementId).ToList();
        // All of this respondent's answers (at most one per statement in the framework), filtered here: a simpler query than IN (...).
        var saved = await db.Answers.Where(a => a.RespondentId == respondent.Id)
            .Select(a => new { a.StatementId, a.Rating, a.Comment }).ToDictionaryAsync(a => a.StatementId);
        var completed = await db.StageCompletions.AnyAsync(c => c.RespondentId == respondent.Id && c.StageId == stage.StageId);

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
