using System.Globalization;
using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Eds.Publishing;

/// <summary>
/// The EDS report's header fields that grading does not give: the equality lead fills them in before downloading or
/// publishing. A first visit offers what is already held (the organisation's region, the date the last score was
/// agreed, the date it was published, the board sponsor) so the form is rarely typed from nothing. Audit-logged.
/// </summary>
[Authorize(Policy = Policies.EqualityLead), Route("cycles/{cycleId:int}/eds/report-details")]
public sealed class ReportDetailsController(AppDbContext db, EdsWorkspaceQuery workspaces, AuditLog audit) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int cycleId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        if (workspace is null) return NotFound();
        var a = workspace.Assessment;
        var region = await db.Organisations.Where(o => o.Id == a.OrganisationId).Select(o => o.Region).SingleAsync();
        var published = await db.EdsPublications.AsNoTracking().Where(p => p.AssessmentId == a.Id && p.WithdrawnAt == null)
            .OrderByDescending(p => p.PublishedAt).Select(p => (DateTime?)p.PublishedAt).FirstOrDefaultAsync();
        var lastAgreed = workspace.Outcomes.Select(o => o.Agreed?.AgreedOn).Max();
        var form = new ReportDetailsForm
        {
            IntegratedCareSystem = a.IntegratedCareSystem.Length > 0 ? a.IntegratedCareSystem : region,
            Level = (a.Level ?? Domain.Eds.EdsLevel.IndividualOrganisation).ToString(),
            CompletedOn = ReportDetailsForm.Day(a.CompletedOn ?? lastAgreed),
            PublishedOn = ReportDetailsForm.Day(a.PublishedOn ?? (published is { } p ? Dates.ToLondon(p) : null)),
            AuthorisedOn = ReportDetailsForm.Day(a.AuthorisedOn),
            AuthorisedBy = a.AuthorisedBy.Length > 0 ? a.AuthorisedBy : a.BoardSponsorName,
            PreviousYearActions = a.PreviousYearActions,
        };
        return View("ReportDetails", new ReportDetailsPage(workspace, form));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(int cycleId, [Bind(Prefix = "Form")] ReportDetailsForm form)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        if (workspace is null) return NotFound();
        if (!string.IsNullOrEmpty(form.Level) && form.LevelValue is null) ModelState.AddModelError("Form.Level", "Choose the level completed");
        if (!ModelState.IsValid) return Invalid(new ReportDetailsPage(workspace, form), "ReportDetails");

        var assessment = await db.EdsAssessments.SingleAsync(a => a.Id == workspace.Assessment.Id);
        assessment.DescribeReport(form.IntegratedCareSystem ?? "", form.LevelValue, ReportDetailsForm.Parse(form.CompletedOn), ReportDetailsForm.Parse(form.PublishedOn),
            ReportDetailsForm.Parse(form.AuthorisedOn), form.AuthorisedBy ?? "", form.PreviousYearActions ?? "");
        string Day(DateTime? d) => d is { } x ? x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "none";
        audit.Record(AuditActions.EdsAssessmentChanged, "EdsAssessment", cycleId.ToString(CultureInfo.InvariantCulture),
            $"{workspace.Cycle.Name}: EDS report details: integrated care system '{assessment.IntegratedCareSystem}', level {assessment.Level?.ToString() ?? "none"}, " +
            $"completed {Day(assessment.CompletedOn)}, published {Day(assessment.PublishedOn)}, authorised {Day(assessment.AuthorisedOn)} by '{assessment.AuthorisedBy}', " +
            $"previous year's actions {assessment.PreviousYearActions.Length} characters");
        await db.SaveChangesAsync();
        Flash("Report details saved.");
        return RedirectToAction(nameof(Edit), new { cycleId });
    }
}
