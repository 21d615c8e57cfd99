using System.Globalization;
using IncLead.Web.Data;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Features.Eds.Evidence;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Eds.Panel;

/// <summary>
/// The pages a stakeholder panellist reaches from their emailed link, without an account. The link shows only the
/// outcomes it was issued for, their evidence, and the panellist's own scores. A tampered link is not found (404);
/// an expired or revoked one is gone (410). Rate-limited like sign-in, so tokens cannot be guessed at speed.
/// </summary>
[AllowAnonymous, EnableRateLimiting(RateLimits.Authentication), Route("panel/{token}")]
public sealed class PanellistController(AppDbContext db, PanelAccess access, AuditLog audit, TimeProvider clock) : AppController, IExemptFromTwoFactorEnrolment
{
    [HttpGet("")]
    public async Task<IActionResult> Home(string token, CancellationToken ct)
    {
        var (panellist, problem) = await access.OpenAsync(token, ct);
        if (problem is not null) return LinkProblem(problem.Value);
        panellist!.Visited(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return View(await access.ContextAsync(panellist, ct));
    }

    [HttpGet("outcomes/{outcomeId:int}")]
    public async Task<IActionResult> Outcome(string token, int outcomeId, CancellationToken ct)
    {
        var (panellist, problem) = await access.OpenAsync(token, ct);
        if (problem is not null) return LinkProblem(problem.Value);
        if (!panellist!.CanReview(outcomeId)) return NotIssued();
        var context = await access.ContextAsync(panellist, ct);
        var form = context.Given.TryGetValue(outcomeId, out var given)
            ? new ProvisionalScoreForm { Score = given.Score.ToString(CultureInfo.InvariantCulture), Comment = given.Comment }
            : new ProvisionalScoreForm();
        return View(await PageAsync(token, context, outcomeId, form, ct));
    }

    [HttpPost("outcomes/{outcomeId:int}")]
    public async Task<IActionResult> Outcome(string token, int outcomeId, [Bind(Prefix = "Form")] ProvisionalScoreForm form, CancellationToken ct)
    {
        var (panellist, problem) = await access.OpenAsync(token, ct);
        if (problem is not null) return LinkProblem(problem.Value);
        if (!panellist!.CanReview(outcomeId)) return NotIssued();
        var context = await access.ContextAsync(panellist, ct);
        if (!ModelState.IsValid) return Invalid(await PageAsync(token, context, outcomeId, form, ct));

        var score = int.Parse(form.Score!, CultureInfo.InvariantCulture);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.ProvisionalScores.IgnoreQueryFilters().SingleOrDefaultAsync(s => s.PanellistId == panellist.Id && s.OutcomeId == outcomeId, ct);
        var before = existing is null ? "none" : existing.Score.ToString(CultureInfo.InvariantCulture);
        if (existing is null) db.ProvisionalScores.Add(new ProvisionalScore(panellist.OrganisationId, panellist.Id, outcomeId, score, form.Comment, now));
        else existing.Change(score, form.Comment, now);
        var code = context.Outcomes.First(o => o.Id == outcomeId).Code;
        audit.RecordAs($"{panellist.Name} (stakeholder panel)", panellist.OrganisationId, AuditActions.EdsProvisionalScoreSubmitted, "ProvisionalScore", $"{panellist.Id}/{code}",
            $"{context.CycleName} {code}: provisional score {before} → {score} ({context.GradeName(score)}) from {panellist.Name} <{panellist.Email}>" +
            (string.IsNullOrWhiteSpace(form.Comment) ? "" : $", comment '{Cut(form.Comment.Trim())}'"));
        await db.SaveChangesAsync(ct);
        Flash($"Thank you. Your provisional score for {code} has been sent to {context.OrganisationName}.");
        return Redirect($"/panel/{Uri.EscapeDataString(token)}");
    }

    [HttpGet("evidence/{evidenceId:int}")]
    public async Task<IActionResult> Evidence(string token, int evidenceId, CancellationToken ct)
    {
        var (panellist, problem) = await access.OpenAsync(token, ct);
        if (problem is not null) return LinkProblem(problem.Value);
        var item = await db.EvidenceItems.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == evidenceId && i.OrganisationId == panellist!.OrganisationId && i.AssessmentId == panellist.AssessmentId, ct);
        // Evidence of an outcome the link was not issued for is as unknown as another organisation's.
        if (item?.FileKind is not { } kind || !panellist!.CanReview(item.OutcomeId)) return NotIssued();
        var content = await db.EvidenceFiles.IgnoreQueryFilters().Where(f => f.EvidenceItemId == item.Id).Select(f => f.Content).SingleOrDefaultAsync(ct);
        return content is null ? NotIssued() : File(content, EvidenceFileCheck.ContentType(kind), item.FileName);
    }

    private async Task<PanelOutcomePage> PageAsync(string token, PanelContext context, int outcomeId, ProvisionalScoreForm form, CancellationToken ct)
    {
        var panellist = context.Panellist;
        var evidence = await EvidenceRow.Query(db, panellist.AssessmentId, outcomeId).ToListAsync(ct);
        var choices = context.Grades.Select(g => new SelectListItem($"{g.Name} ({g.Score})", g.Score.ToString(CultureInfo.InvariantCulture)) { Group = new SelectListGroup { Name = g.Description } }).ToList();
        var escaped = Uri.EscapeDataString(token);
        return new PanelOutcomePage(token, context, context.Outcomes.First(o => o.Id == outcomeId),
            new EvidenceList(evidence, id => $"/panel/{escaped}/evidence/{id}", null), form, choices);
    }

    private ViewResult LinkProblem(PanelLinkProblem problem)
    {
        var (status, title, explanation) = problem switch
        {
            PanelLinkProblem.Expired => (StatusCodes.Status410Gone, "This link has expired",
                "Stakeholder panel links last a limited time. Contact the person who invited you if you would still like to give a score."),
            PanelLinkProblem.Revoked => (StatusCodes.Status410Gone, "This link has been withdrawn",
                "The organisation that invited you has withdrawn this link. Contact the person who invited you if you think this is a mistake."),
            _ => (StatusCodes.Status404NotFound, "This link does not work",
                "Check that you copied the whole link from the email. If it still does not work, ask the person who invited you to send a new one."),
        };
        Response.StatusCode = status;
        return View("LinkProblem", new PanelProblemPage(title, explanation, null));
    }

    private ViewResult NotIssued()
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        var token = RouteData.Values["token"] as string ?? "";
        return View("LinkProblem", new PanelProblemPage("Your link does not cover this",
            "Your link lets you review only the outcomes you were asked about, and their evidence.", $"/panel/{Uri.EscapeDataString(token)}"));
    }

    private static string Cut(string text) => text.Length <= 200 ? text : text[..200] + "…";
}

public sealed record PanelProblemPage(string Title, string Explanation, string? BackUrl);

public sealed record PanelOutcomePage(string Token, PanelContext Context, PanelOutcome Outcome, EvidenceList Evidence, ProvisionalScoreForm Form, IReadOnlyList<SelectListItem> Choices);
