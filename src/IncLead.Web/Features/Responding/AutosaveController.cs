using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Responding;

/// <summary>
/// Saves one answer the moment it is given (wwwroot/js/autosave.js). Answers in JSON so the page can say "Saved"
/// or show the problem with a retry; the antiforgery token travels in a header like any other post.
/// </summary>
[Authorize(Policy = Policies.BoardMember), Route("respond/{cycleId:int}/answers")]
public sealed class AutosaveController(AppDbContext db, StageContentCache cache, TimeProvider clock) : AppController
{
    [HttpPost("")]
    public async Task<IActionResult> Save(int cycleId, AnswerInput input)
    {
        // One pooled connection for the request's few queries instead of an open and close around each.
        await db.Database.OpenConnectionAsync();
        var access = await RespondentAccess.LoadAsync(db, User, cycleId);
        if (access.Cycle is null) return Failure(404, "This cycle does not exist.");
        if (access.RespondentId is not { } respondentId) return Failure(403, "You are not a respondent in this cycle.");
        var cycle = access.Cycle;
        if (!cycle.AcceptsAnswers) return Failure(409, "The cycle has closed, so answers can no longer be changed.");

        if (!(await cache.StatementIdsAsync(db, cycle.FrameworkId, cycle.Kinds)).Contains(input.StatementId)) return Failure(404, "This statement is not part of the cycle.");

        var errors = new Dictionary<string, string>();
        if (!AnswerInput.TryParseRating(input.Rating, out var rating)) errors["rating"] = AnswerInput.RatingError;
        var comment = AnswerInput.NormalisedComment(input.Comment);
        if (comment?.Length > Answer.CommentMaxLength) errors["comment"] = AnswerInput.CommentError;
        if (ControlCharacters.Contains(input.Comment)) errors["comment"] = ControlCharacters.Message;
        if (errors.Count > 0) return StatusCode(422, new { saved = false, message = string.Join(". ", errors.Values), errors });

        var now = clock.GetUtcNow().UtcDateTime;
        for (var attempt = 1; ; attempt++)
        {
            var existing = await db.Answers.SingleOrDefaultAsync(a => a.RespondentId == respondentId && a.StatementId == input.StatementId);
            AnswerRecorder.Record(db, cycle, respondentId, existing, input.StatementId, rating, comment, now);
            try
            {
                await db.SaveChangesAsync();
                return Ok(new { saved = true, savedAt = Dates.Time(now) });
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                // Two tabs created the same answer at once: the other insert won, so save this one over it.
                db.ChangeTracker.Clear();
            }
        }
    }

    private ObjectResult Failure(int status, string message) => StatusCode(status, new { saved = false, message });
}
