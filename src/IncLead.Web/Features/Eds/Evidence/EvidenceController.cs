using System.Globalization;
using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Eds.Evidence;

/// <summary>
/// Evidence for one outcome: add, change, remove, download. A bad file (too large, empty, a type not allowed, or
/// content that does not match its name) is refused with the reason beside the field and nothing is saved.
/// </summary>
[Authorize(Policy = Policies.EqualityLead), Route("cycles/{cycleId:int}/eds/outcomes/{outcomeId:int}/evidence")]
public sealed class EvidenceController(AppDbContext db, EdsWorkspaceQuery workspaces, EvidenceUploads uploads, AuditLog audit, TimeProvider clock) : AppController
{
    [HttpGet("new")]
    public async Task<IActionResult> New(int cycleId, int outcomeId)
    {
        var (workspace, outcome) = await FindAsync(cycleId, outcomeId);
        if (outcome is null) return NotFound();
        var form = new EvidenceForm { EvidenceDate = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Public = "no" };
        return View("Form", new EvidencePage(workspace!, outcome, form, null, null));
    }

    [HttpPost("new"), UploadLimit, RequestSizeLimit(UploadLimitAttribute.MaxRequestBytes), RequestFormLimits(MultipartBodyLengthLimit = UploadLimitAttribute.MaxRequestBytes)]
    public async Task<IActionResult> Create(int cycleId, int outcomeId, [Bind(Prefix = "Form")] EvidenceForm form, CancellationToken ct)
    {
        var (workspace, outcome) = await FindAsync(cycleId, outcomeId);
        if (outcome is null) return NotFound();
        var item = new EvidenceItem(workspace!.Assessment.OrganisationId, workspace.Assessment.Id, outcomeId, clock.GetUtcNow().UtcDateTime);
        return await SaveAsync(workspace, outcome, item, form, isNew: true, ct);
    }

    [HttpGet("{evidenceId:int}")]
    public async Task<IActionResult> Edit(int cycleId, int outcomeId, int evidenceId)
    {
        var (workspace, outcome) = await FindAsync(cycleId, outcomeId);
        var item = outcome is null ? null : await db.EvidenceItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == evidenceId && i.AssessmentId == workspace!.Assessment.Id && i.OutcomeId == outcomeId);
        if (item is null) return NotFound();
        var form = new EvidenceForm
        {
            Title = item.Title, Summary = item.Summary, Link = item.Link, Owner = item.Owner, Public = item.IsPublic ? "yes" : "no",
            EvidenceDate = item.EvidenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ProtectedCharacteristics = [.. EqualityGroups.Split(item.ProtectedCharacteristics)], HealthInclusionGroups = [.. EqualityGroups.Split(item.HealthInclusionGroups)],
        };
        return View("Form", new EvidencePage(workspace!, outcome!, form, item.Id, item.FileName));
    }

    [HttpPost("{evidenceId:int}"), UploadLimit, RequestSizeLimit(UploadLimitAttribute.MaxRequestBytes), RequestFormLimits(MultipartBodyLengthLimit = UploadLimitAttribute.MaxRequestBytes)]
    public async Task<IActionResult> Update(int cycleId, int outcomeId, int evidenceId, [Bind(Prefix = "Form")] EvidenceForm form, CancellationToken ct)
    {
        var (workspace, outcome) = await FindAsync(cycleId, outcomeId);
        var item = outcome is null ? null : await db.EvidenceItems.SingleOrDefaultAsync(i => i.Id == evidenceId && i.AssessmentId == workspace!.Assessment.Id && i.OutcomeId == outcomeId, ct);
        if (item is null) return NotFound();
        return await SaveAsync(workspace!, outcome!, item, form, isNew: false, ct);
    }

    [HttpPost("{evidenceId:int}/delete")]
    public async Task<IActionResult> Delete(int cycleId, int outcomeId, int evidenceId, CancellationToken ct)
    {
        var (workspace, outcome) = await FindAsync(cycleId, outcomeId);
        var item = outcome is null ? null : await db.EvidenceItems.SingleOrDefaultAsync(i => i.Id == evidenceId && i.AssessmentId == workspace!.Assessment.Id && i.OutcomeId == outcomeId, ct);
        if (item is null) return NotFound();
        if (item.HasFile) await uploads.RemoveAsync(item, ct);
        db.EvidenceItems.Remove(item);
        audit.Record(AuditActions.EdsEvidenceRemoved, "EvidenceItem", $"{cycleId}/{outcome!.Code}", $"{workspace!.Cycle.Name} {outcome.Code}: removed evidence '{item.Title}'");
        await db.SaveChangesAsync(ct);
        Flash($"Evidence '{item.Title}' removed.");
        return Redirect($"/cycles/{cycleId}/eds/outcomes/{outcomeId}");
    }

    [HttpGet("{evidenceId:int}/file")]
    public async Task<IActionResult> Download(int cycleId, int outcomeId, int evidenceId, CancellationToken ct)
    {
        var (workspace, outcome) = await FindAsync(cycleId, outcomeId);
        var item = outcome is null ? null : await db.EvidenceItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == evidenceId && i.AssessmentId == workspace!.Assessment.Id && i.OutcomeId == outcomeId, ct);
        if (item?.FileKind is not { } kind) return NotFound();
        var content = await db.EvidenceFiles.Where(f => f.EvidenceItemId == item.Id).Select(f => f.Content).SingleOrDefaultAsync(ct);
        return content is null ? NotFound() : File(content, EvidenceFileCheck.ContentType(kind), item.FileName);
    }

    private async Task<IActionResult> SaveAsync(EdsWorkspace workspace, OutcomeView outcome, EvidenceItem item, EvidenceForm form, bool isNew, CancellationToken ct)
    {
        form.Validate(ModelState, item.HasFile);
        var status = StatusCodes.Status422UnprocessableEntity;
        byte[]? content = null;
        EvidenceFileKind? kind = null;
        if (form.File is not null)
        {
            var (check, bytes) = await EvidenceUploads.ReadAsync(form.File, ct);
            if (check.Problem is not null)
            {
                ModelState.AddModelError(EvidenceForm.Prefix + nameof(EvidenceForm.File), check.Message!);
                status = check.StatusCode;
            }
            (content, kind) = (bytes, check.Kind);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = status;
            return View("Form", new EvidencePage(workspace, outcome, form, isNew ? null : item.Id, item.FileName));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = isNew ? null : Describe(item);
        item.Describe(form.Title!, form.Summary!, form.Link, form.EvidenceDateValue!.Value, form.Owner!, form.ProtectedCharacteristics, form.HealthInclusionGroups,
            form.IsPublic, User.FindFirstValue(AppClaims.FullName) ?? "Equality lead", now);
        if (content is not null) await uploads.StoreAsync(item, form.File!.FileName, kind!.Value, content, ct);
        else if (form.RemoveFile && item.HasFile) await uploads.RemoveAsync(item, ct);
        if (isNew) db.EvidenceItems.Add(item);
        // Targeted by outcome, not by the item's id, so the entry commits in the same save as a new item.
        audit.Record(isNew ? AuditActions.EdsEvidenceAdded : AuditActions.EdsEvidenceChanged, "EvidenceItem", $"{workspace.Cycle.Id}/{outcome.Code}",
            $"{workspace.Cycle.Name} {outcome.Code}: " + (isNew ? $"added {Describe(item)}" : $"{before} → {Describe(item)}"));
        await db.SaveChangesAsync(ct);
        Flash($"Evidence '{item.Title}' saved.");
        return Redirect($"/cycles/{workspace.Cycle.Id}/eds/outcomes/{outcome.Id}");
    }

    private async Task<(EdsWorkspace? Workspace, OutcomeView? Outcome)> FindAsync(int cycleId, int outcomeId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        return (workspace, workspace?.Outcome(outcomeId));
    }

    private static string Describe(EvidenceItem item) =>
        $"'{item.Title}' ({(item.IsPublic ? "public" : "not public")}{(item.FileName is null ? "" : $", file {item.FileName}")}{(item.Link is null ? "" : ", link")})";
}
