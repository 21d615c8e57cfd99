using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Features.Eds.Panel;

/// <summary>The equality lead's side of the stakeholder panel: who was invited for which outcomes, inviting, revoking.</summary>
[Authorize(Policy = Policies.EqualityLead), Route("cycles/{cycleId:int}/eds/panel")]
public sealed class PanelController(AppDbContext db, EdsWorkspaceQuery workspaces, PanelInvitations invitations, AuditLog audit, TimeProvider clock, IOptions<EdsOptions> options) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int cycleId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        if (workspace is null) return NotFound();
        var codes = workspace.Outcomes.ToDictionary(o => o.Id, o => o.Code);
        var rows = await db.Panellists.Where(p => p.AssessmentId == workspace.Assessment.Id).OrderByDescending(p => p.InvitedAt)
            .Select(p => new { p.Id, p.Name, p.Email, p.InvitedAt, p.ExpiresAt, p.RevokedAt, p.LastVisitedAt, Outcomes = p.Outcomes.Select(o => o.OutcomeId).ToList(),
                Scores = db.ProvisionalScores.Count(s => s.PanellistId == p.Id) }).ToListAsync();
        var list = rows.Select(r => new PanellistRow(r.Id, r.Name, r.Email, r.InvitedAt, r.ExpiresAt, r.RevokedAt, r.LastVisitedAt,
            [.. r.Outcomes.Where(codes.ContainsKey).Select(id => codes[id]).Order(StringComparer.Ordinal)], r.Scores)).ToList();
        return View(new PanelListPage(workspace, list, clock.GetUtcNow().UtcDateTime));
    }

    [HttpGet("invite")]
    public async Task<IActionResult> Invite(int cycleId, int? outcomeId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        if (workspace is null) return NotFound();
        var form = new InvitePanellistForm { OutcomeIds = outcomeId is { } id && workspace.Outcome(id) is not null ? [id] : [] };
        return View(new InvitePage(workspace, form, options.Value.PanelLinkLifetime));
    }

    [HttpPost("invite")]
    public async Task<IActionResult> Invite(int cycleId, [Bind(Prefix = "Form")] InvitePanellistForm form)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        if (workspace is null) return NotFound();
        var outcomes = form.OutcomeIds.Distinct().Select(workspace.Outcome).ToList();
        if (outcomes.Any(o => o is null)) ModelState.AddModelError("Form.OutcomeIds", "Choose outcomes from the list");
        if (ModelState.IsValid && await invitations.AlreadyInvitedAsync(workspace.Assessment.Id, form.Email!))
            ModelState.AddModelError("Form.Email", "This person already has a link that works. Revoke it first if you want to send a new one.");
        if (!ModelState.IsValid) return Invalid(new InvitePage(workspace, form, options.Value.PanelLinkLifetime));

        var organisation = User.FindFirstValue(AppClaims.OrganisationName) ?? "Your NHS organisation";
        invitations.Invite(workspace, organisation, form.Name!, form.Email!, [.. outcomes.Select(o => o!)], User.FindFirstValue(AppClaims.FullName) ?? "The equality lead");
        await db.SaveChangesAsync();
        FlashEmailSent($"Invitation sent to {form.Email!.Trim()}.");
        return RedirectToAction(nameof(Index), new { cycleId });
    }

    [HttpPost("{panellistId:int}/revoke")]
    public async Task<IActionResult> Revoke(int cycleId, int panellistId)
    {
        var workspace = await workspaces.LoadAsync(cycleId);
        var panellist = workspace is null ? null : await db.Panellists.SingleOrDefaultAsync(p => p.Id == panellistId && p.AssessmentId == workspace.Assessment.Id);
        if (panellist is null) return NotFound();
        panellist.Revoke(clock.GetUtcNow().UtcDateTime);
        audit.Record(AuditActions.EdsPanellistRevoked, "Panellist", panellist.Email, $"{workspace!.Cycle.Name}: revoked the stakeholder panel link of {panellist.Name} <{panellist.Email}>");
        await db.SaveChangesAsync();
        Flash($"{panellist.Name}'s link no longer works.");
        return RedirectToAction(nameof(Index), new { cycleId });
    }
}
