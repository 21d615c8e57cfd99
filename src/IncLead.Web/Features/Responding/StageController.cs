using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Responding;

/// <summary>
/// One stage of the questionnaire. With JavaScript each answer is saved as it is given (see AutosaveController);
/// without it, this page's form saves every answer at once and records whether the stage is complete.
/// </summary>
[Authorize(Policy = Policies.BoardMember), Route("respond/{cycleId:int}/stages/{number:int}")]
public sealed class StageController(AppDbContext db, StageContentCache cache, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Show(int cycleId, int number)
    {
        // One pooled connection for the request's few queries instead of an open and close around each.
        await db.Database.OpenConnectionAsync();
        var access = await RespondentAccess.LoadAsync(db, User, cycleId);
        if (access.Cycle is null) return NotFound();
        if (access.RespondentId is not { } respondentId) return NotRespondent();
        var page = await StagePageLoader.LoadAsync(db, cache, access.Cycle, respondentId, number);
        return page is null ? NotFound() : View("Stage", page);
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(int cycleId, int number, StageForm form)
    {
        // One pooled connection for the request's few queries instead of an open and close around each.
        await db.Database.OpenConnectionAsync();
        var access = await RespondentAccess.LoadAsync(db, User, cycleId);
        if (access.Cycle is null) return NotFound();
        if (access.RespondentId is not { } respondentId) return NotRespondent();
        var cycle = access.Cycle;
        if (!cycle.AcceptsAnswers) return Closed(cycle);

        var stage = await cache.StageAsync(db, cycle.FrameworkId, number, cycle.Kinds);
        if (stage is null) return NotFound();
        var stageId = stage.StageId;
        var statementIds = stage.Statements.Select(s => s.StatementId).ToList();
        if (form.Answers.Any(a => !statementIds.Contains(a.StatementId))) return NotFound();

        var existing = await db.Answers.Where(a => a.RespondentId == respondentId && statementIds.Contains(a.StatementId)).ToDictionaryAsync(a => a.StatementId);
        var parsed = Validate(form);
        if (form.Completed == "yes")
        {
            // Every gap is listed in the error summary, linked to its statement, and marked where it stands on the page.
            var unanswered = stage.Statements.Where(s => !(parsed.TryGetValue(s.StatementId, out var p) && p.Rating is not null) && !(existing.TryGetValue(s.StatementId, out var e) && e.Rating is not null)).ToList();
            if (unanswered.Count > 0)
            {
                ModelState.AddModelError(nameof(form.Completed), $"Answer every statement before marking this stage as complete. {unanswered.Count} {(unanswered.Count == 1 ? "statement has" : "statements have")} no answer yet; choose Don't know if you cannot rate one.");
                foreach (var s in unanswered) ModelState.AddModelError($"Answers[{s.Index}].Rating", $"Answer statement {s.Code}, or choose Don't know");
            }
        }
        if (form.Completed is not (null or "" or "yes" or "no")) ModelState.AddModelError(nameof(form.Completed), "Choose yes or no");
        if (!ModelState.IsValid)
        {
            var page = await StagePageLoader.LoadAsync(db, cache, cycle, respondentId, number, form);
            return Invalid(page!, "Stage");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (id, p) in parsed) AnswerRecorder.Record(db, cycle, respondentId, existing.GetValueOrDefault(id), id, p.Rating, p.Comment, now);
        var completion = await db.StageCompletions.SingleOrDefaultAsync(c => c.RespondentId == respondentId && c.StageId == stageId);
        if (form.Completed == "yes" && completion is null) db.StageCompletions.Add(new StageCompletion(cycle.OrganisationId, respondentId, stageId, now));
        if (form.Completed == "no" && completion is not null) db.StageCompletions.Remove(completion);
        await db.SaveChangesAsync();

        Flash(form.Completed == "yes" ? $"Stage {number} is complete. You can change your answers until the cycle closes." : $"Your answers to stage {number} are saved.");
        return RedirectToAction(nameof(RespondController.TaskList), "Respond", new { cycleId });
    }

    private Dictionary<int, (Domain.Scoring.Rating? Rating, string? Comment)> Validate(StageForm form)
    {
        var parsed = new Dictionary<int, (Domain.Scoring.Rating?, string?)>();
        for (var i = 0; i < form.Answers.Count; i++)
        {
            var input = form.Answers[i];
            if (!AnswerInput.TryParseRating(input.Rating, out var rating)) ModelState.AddModelError($"Answers[{i}].Rating", AnswerInput.RatingError);
            var comment = AnswerInput.NormalisedComment(input.Comment);
            if (comment?.Length > Answer.CommentMaxLength) ModelState.AddModelError($"Answers[{i}].Comment", AnswerInput.CommentError);
            parsed[input.StatementId] = (rating, comment);
        }
        return parsed;
    }

    // Usually the cycle closed while this page was open: say so, and offer the person's own answers as the next step.
    private IActionResult Closed(RespondentCycle cycle) => Refused(StatusCodes.Status409Conflict, $"{cycle.Name} closed while you were answering",
        "The equality lead has closed the cycle, so answers can no longer be changed. Every answer saved before it closed is kept and counts in the results.",
        $"/respond/{cycle.Id}", "See your saved answers");

    private IActionResult NotRespondent() => Refused(StatusCodes.Status403Forbidden, "You are not a respondent in this cycle",
        "Only the people the equality lead chose for this cycle can answer it. Contact your equality lead if you think you should be one.",
        "/respond", "Go to your assessments");
}
