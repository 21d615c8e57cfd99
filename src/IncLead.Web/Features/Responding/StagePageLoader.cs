using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Responding;

/// <summary>Builds a stage page in four queries, however many statements or respondents there are.</summary>
public static class StagePageLoader
{
    public static async Task<StagePage?> LoadAsync(AppDbContext db, Cycle cycle, Respondent respondent, int stageNumber, StageForm? posted = null)
    {
        var stage = await db.Stages.Where(s => s.FrameworkId == cycle.FrameworkId && s.Number == stageNumber)
            .Select(s => new { s.Id, s.Title, s.Theme, s.Summary, s.EstimatedMinutes, Count = db.Stages.Count(x => x.FrameworkId == cycle.FrameworkId) })
            .SingleOrDefaultAsync();
        if (stage is null) return null;

        var statements = await (from f in db.Factors
                                where f.StageId == stage.Id
                                from s in f.Statements
                                orderby f.Order, s.Order
                                select new { FactorCode = f.Code, FactorTitle = f.Title, FactorSummary = f.Summary, s.Id, s.Code, s.Text, s.Guidance, s.SuggestedAction, s.WhatGoodLooksLike, s.WordingToBeConfirmed })
            .ToListAsync();
        var ids = statements.Select(s => s.Id).ToList();
        var saved = await db.Answers.Where(a => a.RespondentId == respondent.Id && ids.Contains(a.StatementId)).ToDictionaryAsync(a => a.StatementId);
        var completed = await db.StageCompletions.AnyAsync(c => c.RespondentId == respondent.Id && c.StageId == stage.Id);

        var index = 0;
        var factors = statements.GroupBy(s => (s.FactorCode, s.FactorTitle, s.FactorSummary)).Select(g => new FactorBlock(g.Key.FactorCode, g.Key.FactorTitle, g.Key.FactorSummary,
            g.Select(s => new StatementBlock(index++, s.Id, s.Code, s.Text, s.Guidance, s.SuggestedAction, s.WhatGoodLooksLike, s.WordingToBeConfirmed)).ToList())).ToList();

        // After a failed post, show what the person sent, not what is stored, so nothing they typed is lost.
        var answers = posted?.Answers.Count == ids.Count
            ? posted.Answers
            : ids.Select(id => new AnswerInput
            {
                StatementId = id,
                Rating = saved.TryGetValue(id, out var a) ? AnswerInput.Format(a.Rating) : null,
                Comment = saved.TryGetValue(id, out var b) ? b.Comment : null,
            }).ToList();

        return new StagePage
        {
            Cycle = cycle, StageNumber = stageNumber, StageCount = stage.Count, StageTitle = stage.Title, Theme = stage.Theme, Summary = stage.Summary,
            EstimatedMinutes = stage.EstimatedMinutes, Factors = factors, IsCompleted = completed,
            Answers = answers, Completed = posted?.Completed ?? (completed ? "yes" : null),
        };
    }
}
