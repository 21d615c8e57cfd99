using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace IncLead.Web.Features.Responding;

/// <summary>
/// One stage of the questionnaire, answered a factor a page (decision 0029). With JavaScript each answer is saved as it
/// is given (see AutosaveController); without it, each page's form saves its answers, and the last page records whether
/// the stage is complete.
/// </summary>
[Authorize(Policy = Policies.BoardMember), Route("respond/{cycleId:int}/stages/{number:int}")]
public sealed class StageController(AppDbContext db, StageContentCache cache, IMemoryCache recent, TimeProvider clock) : AppController
{
    /// <summary>Opens the stage where the person left it; once the cycle has closed, shows their answers to the whole stage.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Show(int cycleId, int number)
    {
        // One pooled connection for the request's few queries instead of an open and close around each.
        await db.Database.OpenConnectionAsync();
        var access = await RespondentAccess.LoadAsync(db, User, cycleId);
        if (access.Cycle is null) return NotFound();
        if (access.RespondentId is not { } respondentId) return NotRespondent();
        var stage = await cache.StageAsync(db, access.Cycle.FrameworkId, number, access.Cycle.Kinds);
        if (stage is null) return NotFound();
        var saved = await StagePageLoader.SavedAsync(db, respondentId);
        if (!access.Cycle.AcceptsAnswers) return View("StageAnswers", new StageAnswersPage(access.Cycle, stage, saved));
        return Redirect(FactorPage.FactorAddress(cycleId, number, StagePageLoader.ResumeAt(stage, saved)));
    }

    [HttpGet("factors/{factor:int}")]
    public async Task<IActionResult> Factor(int cycleId, int number, int factor)
    {
        await db.Database.OpenConnectionAsync();
        var access = await RespondentAccess.LoadForPageAsync(db, recent, User, cycleId);
        if (access.Cycle is null) return NotFound();
        if (access.RespondentId is not { } respondentId) return NotRespondent();
        // A closed cycle's answers are read a stage at a time, on the stage's own page.
        if (!access.Cycle.AcceptsAnswers) return Redirect($"/respond/{cycleId}/stages/{number}");
        var page = await StagePageLoader.LoadAsync(db, cache, access.Cycle, respondentId, number, factor);
        return page is null ? NotFound() : View("Factor", page);
    }

    [HttpPost("factors/{factor:int}")]
    public async Task<IActionResult> Save(int cycleId, int number, int factor, FactorForm form)
    {
        await db.Database.OpenConnectionAsync();
        var access = await RespondentAccess.LoadAsync(db, User, cycleId);
        if (access.Cycle is null) return NotFound();
        if (access.RespondentId is not { } respondentId) return NotRespondent();
        var cycle = access.Cycle;
        if (!cycle.AcceptsAnswers) return Closed(cycle);

        var stage = await cache.StageAsync(db, cycle.FrameworkId, number, cycle.Kinds);
        if (stage?.Factor(factor) is not { } shown) return NotFound();
        if (form.Answers.Any(a => !shown.Statements.Any(s => s.StatementId == a.StatementId))) return NotFound();

        var stageIds = stage.Statements.Select(s => s.StatementId).ToList();
        var existing = await db.Answers.Where(a => a.RespondentId == respondentId && stageIds.Contains(a.StatementId)).ToDictionaryAsync(a => a.StatementId);
        var parsed = Validate(form);
        if (form.Completed == "yes") CheckEveryStatementAnswered(cycleId, stage, shown, parsed, existing);
        if (form.Completed is not (null or "" or "yes" or "no")) ModelState.AddModelError(nameof(form.Completed), "Choose yes or no");
        if (!ModelState.IsValid)
        {
            var page = await StagePageLoader.LoadAsync(db, cache, cycle, respondentId, number, factor, form);
            return Invalid(page!, "Factor");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (id, p) in parsed) AnswerRecorder.Record(db, cycle, respondentId, existing.GetValueOrDefault(id), id, p.Rating, p.Comment, now);
        var completion = await db.StageCompletions.SingleOrDefaultAsync(c => c.RespondentId == respondentId && c.StageId == stage.StageId);
        if (form.Completed == "yes" && completion is null) db.StageCompletions.Add(new StageCompletion(cycle.OrganisationId, respondentId, stage.StageId, now));
        if (form.Completed == "no" && completion is not null) db.StageCompletions.Remove(completion);
        await db.SaveChangesAsync();

        if (form.Then != "stages" && stage.Factor(factor + 1) is not null) return Redirect(FactorPage.FactorAddress(cycleId, number, factor + 1));
        Flash(form.Completed == "yes" ? $"Stage {number} is complete. You can change your answers until the cycle closes." : $"Your answers to stage {number} are saved.");
        return RedirectToAction(nameof(RespondController.TaskList), "Respond", new { cycleId });
    }

    /// <summary>
    /// Every gap is listed in the error summary: on this page linked to its statement and marked where it stands, on
    /// another factor's page linked to that page.
    /// </summary>
    private void CheckEveryStatementAnswered(int cycleId, StageContent stage, FactorBlock shown, Dictionary<int, (Domain.Scoring.Rating? Rating, string? Comment)> parsed, Dictionary<int, Answer> existing)
    {
        // A blank rating posted for a statement answered before keeps that answer (AnswerRecorder), so it counts.
        bool Rated(StatementBlock s) => (parsed.TryGetValue(s.StatementId, out var p) && p.Rating is not null) || existing.GetValueOrDefault(s.StatementId)?.Rating is not null;
        var gaps = stage.Factors.Select(f => (Factor: f, Unanswered: f.Statements.Where(s => !Rated(s)).ToList())).Where(g => g.Unanswered.Count > 0).ToList();
        var count = gaps.Sum(g => g.Unanswered.Count);
        if (count == 0) return;
        ModelState.AddModelError(nameof(FactorForm.Completed), $"Answer every statement before marking this stage as complete. {count} {(count == 1 ? "statement has" : "statements have")} no answer yet; choose Don't know if you cannot rate one.");
        foreach (var (f, unanswered) in gaps)
        {
            if (f.Number == shown.Number)
            {
                foreach (var s in unanswered) ModelState.AddModelError($"Answers[{s.Index}].Rating", $"Answer statement {s.Code}, or choose Don't know");
            }
            else
            {
                // Keyed by the address of the statement on its own page: the error summary links there.
                var address = $"{FactorPage.FactorAddress(cycleId, stage.Number, f.Number)}#statement-{unanswered[0].StatementId}";
                ModelState.AddModelError(address, $"Answer the {unanswered.Count} {(unanswered.Count == 1 ? "statement" : "statements")} left in {f.Title}");
            }
        }
    }

    private Dictionary<int, (Domain.Scoring.Rating? Rating, string? Comment)> Validate(FactorForm form)
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
