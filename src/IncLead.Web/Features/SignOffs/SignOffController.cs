using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain;
using IncLead.Web.Identity;
using IncLead.Web.Features.Stories;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.SignOffs;

/// <summary>
/// The chair, or the equality lead on the chair's behalf, signs off a closed cycle. After that, a correction is a new
/// snapshot version with a reason; earlier versions are never changed.
/// </summary>
[Authorize(Policy = Policies.OrganisationMember), Route("cycles/{id:int}/sign-off")]
public sealed class SignOffController(AppDbContext db, CycleSignOff signOff) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Show(int id)
    {
        var (cycle, refusal) = await LoadAsync(id);
        if (cycle is null) return refusal!;
        var current = await db.SignOffs.Where(s => s.CycleId == id).MaxAsync(s => (int?)s.Version);
        return View(new SignOffPage(cycle, current, new SignOffForm()));
    }

    [HttpPost("")]
    public async Task<IActionResult> Sign(int id, [Bind(Prefix = "Form")] SignOffForm form)
    {
        var (cycle, refusal) = await LoadAsync(id);
        if (cycle is null) return refusal!;
        var current = await db.SignOffs.Where(s => s.CycleId == id).MaxAsync(s => (int?)s.Version);
        var meeting = Dates.Parse(form.MeetingDate);
        if (meeting is { } m && m < cycle.OpensOn) ModelState.AddModelError("Form.MeetingDate", "The meeting date must be on or after the day the cycle opened");
        if (current is not null && string.IsNullOrWhiteSpace(form.CorrectionReason)) ModelState.AddModelError("Form.CorrectionReason", "Enter the reason for the correction");
        if (!ModelState.IsValid) return Invalid(new SignOffPage(cycle, current, form), "Show");

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var signed = await signOff.SignAsync(cycle, meeting!.Value, form.MinuteReference!, current is null ? null : form.CorrectionReason, userId, User.FindFirstValue(AppClaims.FullName) ?? "", StoryReaders.From(User));
        Flash(signed.Version == 1 ? $"Cycle {cycle.Name} is signed off. Its results and agreed positions are frozen." : $"Corrected version {signed.Version} recorded. Earlier versions are kept unchanged.");
        return RedirectToAction(nameof(Cycles.CyclesController.Show), "Cycles", new { id });
    }

    [HttpGet("versions/{version:int}")]
    public async Task<IActionResult> Version(int id, int version)
    {
        var (cycle, refusal) = await LoadAsync(id, allowOpen: true);
        if (cycle is null) return refusal!;
        var stored = await db.SignOffs.SingleOrDefaultAsync(s => s.CycleId == id && s.Version == version);
        return stored is null ? NotFound() : View(new SnapshotPage(cycle, stored, SignOffSnapshot.FromJson(stored.Snapshot)));
    }

    private async Task<(Cycle?, IActionResult?)> LoadAsync(int id, bool allowOpen = false)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null) return (null, NotFound());
        if (!await MaySignAsync()) return (null, Refused(StatusCodes.Status403Forbidden, "Only the chair or the equality lead can sign off a cycle", "Ask your chair or equality lead."));
        if (!allowOpen && cycle.State is CycleState.Draft or CycleState.Open)
            return (null, Refused(StatusCodes.Status409Conflict, $"Cycle {cycle.Name} cannot be signed off yet", "Close the cycle first, so that the answers can no longer change."));
        return (cycle, null);
    }

    private async Task<bool> MaySignAsync()
    {
        if (User.IsInRole(AppClaims.EqualityLeadRole)) return true;
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        return await db.Memberships.AnyAsync(m => m.UserId == userId && m.IsActive && m.Position == BoardPosition.Chair);
    }
}

public sealed record SnapshotPage(Cycle Cycle, SignOff SignOff, SignOffSnapshot Snapshot);
