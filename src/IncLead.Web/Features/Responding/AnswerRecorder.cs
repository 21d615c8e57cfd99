using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Scoring;

namespace IncLead.Web.Features.Responding;

/// <summary>Saves one answer, whichever way it arrived. A missing rating never erases a saved one, so a stale second tab cannot undo an answer.</summary>
public static class AnswerRecorder
{
    public static void Record(AppDbContext db, RespondentCycle cycle, int respondentId, Answer? existing, int statementId, Rating? rating, string? comment, DateTime now)
    {
        if (existing is null)
        {
            if (rating is null && comment is null) return;
            db.Answers.Add(new Answer(cycle.OrganisationId, cycle.Id, respondentId, statementId, rating, comment, now));
            return;
        }
        var newRating = rating ?? existing.Rating;
        if (newRating != existing.Rating || comment != existing.Comment) existing.Change(newRating, comment, now);
    }
}
