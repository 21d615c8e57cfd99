using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Features.Invitations;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.TrustAdmin;

/// <summary>A trust admin's view of the people in their organisation. Every lookup goes through the tenancy filter, so another organisation's ids answer 404.</summary>
[Authorize(Policy = Policies.TrustAdmin), Route("admin/users")]
public sealed class UsersController(AppDbContext db, UserManager<AppUser> users, InvitationSender invitations, AuditLog audit, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var members = (await MemberRows().ToListAsync()).OrderBy(m => !m.IsActive).ThenBy(m => m.FullName, StringComparer.CurrentCulture).ToList();
        var pending = await db.Invitations
            .Where(i => i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.FullName)
            .Select(i => new PendingInvitationRow(i.Id, i.FullName, i.Email, i.Roles, i.ExpiresAt))
            .ToListAsync();
        return View(new UsersPage(members, pending));
    }

    [HttpGet("invite")]
    public IActionResult Invite() => View(new InviteForm());

    [HttpPost("invite")]
    public async Task<IActionResult> Invite(InviteForm form, CancellationToken ct)
    {
        if (form.Position is { } position)
        {
            CheckChoices(form.Roles, position);
            if (form.Roles.Contains(OrganisationRoles.BoardMember) && position == BoardPosition.None)
                ModelState.AddModelError(nameof(form.Position), "A board member needs a board position. Select one, or untick Board member");
        }
        if (!ModelState.IsValid) return Invalid(form);

        var organisationId = CurrentOrganisation.ReadId(User)!.Value;
        var problem = await invitations.InviteAsync(organisationId, User.FindFirstValue(AppClaims.OrganisationName)!, form.Email, form.FullName,
            MemberChoices.Combine(form.Roles), form.Position!.Value, users.GetUserId(User)!, User.FindFirstValue(AppClaims.FullName)!, ct);
        if (problem is InvitationProblem.AlreadyMember) ModelState.AddModelError(nameof(form.Email), "This person is already a member of your organisation");
        if (problem is InvitationProblem.AlreadyInvited) ModelState.AddModelError(nameof(form.Email), "This person already has an invitation waiting. Withdraw it first to send a new one");
        if (problem is not null) return Invalid(form);

        await db.SaveChangesAsync(ct);
        FlashEmailSent($"Invitation sent to {form.Email.Trim()}");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id)
    {
        var member = await MemberRows(id).SingleOrDefaultAsync();
        if (member is null) return NotFound();
        return View(new EditMemberPage(member, new MemberRolesForm { Roles = MemberChoices.Split(member.Roles), Position = member.Position }, IsYou(member)));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] MemberRolesForm form)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == id);
        if (membership is null) return NotFound();
        var member = await MemberRows(id).SingleAsync();

        CheckChoices(form.Roles, form.Position, "Form.");
        var roles = MemberChoices.Combine(form.Roles);
        if (IsYou(member) && !roles.HasFlag(OrganisationRoles.TrustAdmin))
            ModelState.AddModelError("Form.Roles", "You cannot remove your own trust admin role. Ask another trust admin to do it");
        if (!ModelState.IsValid) return Invalid(new EditMemberPage(member, form, IsYou(member)));

        var before = RoleText.Describe(membership.Roles);
        membership.ChangeRoles(roles, form.Position);
        audit.Record(AuditActions.RolesChanged, "Membership", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{member.FullName}: roles changed from {before} to {RoleText.Describe(roles)}; position {RoleText.Describe(form.Position)}");
        await RefreshSessionsAsync(membership.UserId);
        await db.SaveChangesAsync();
        Flash($"Roles updated for {member.FullName}");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/deactivate")]
    public Task<IActionResult> Deactivate(int id) => ChangeStatusAsync(id, active: false);

    [HttpPost("{id:int}/reactivate")]
    public Task<IActionResult> Reactivate(int id) => ChangeStatusAsync(id, active: true);

    private async Task<IActionResult> ChangeStatusAsync(int id, bool active)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == id);
        if (membership is null) return NotFound();
        var member = await MemberRows(id).SingleAsync();
        if (IsYou(member))
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            ModelState.AddModelError("", "You cannot deactivate yourself. Ask another trust admin to do it");
            return View(nameof(Edit), new EditMemberPage(member, new MemberRolesForm { Roles = MemberChoices.Split(member.Roles), Position = member.Position }, true));
        }

        if (active) membership.Reactivate();
        else membership.Deactivate(clock.GetUtcNow().UtcDateTime);
        audit.Record(active ? AuditActions.MemberReactivated : AuditActions.MemberDeactivated, "Membership", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"{member.FullName} {(active ? "reactivated" : "deactivated")}; their past answers are kept");
        await RefreshSessionsAsync(membership.UserId);
        await db.SaveChangesAsync();
        Flash($"{member.FullName} {(active ? "can sign in again" : "can no longer sign in to your organisation")}");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/reset-two-factor")]
    public async Task<IActionResult> ResetTwoFactor(int id)
    {
        var member = await MemberRows(id).SingleOrDefaultAsync();
        if (member is null) return NotFound();
        var user = await users.FindByIdAsync(member.UserId);
        await db.InTransactionAsync(async _ =>
        {
            await users.SetTwoFactorEnabledAsync(user!, false);
            await users.ResetAuthenticatorKeyAsync(user!);
            audit.Record(AuditActions.TwoFactorReset, "Membership", id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Two-factor sign-in reset for {member.FullName}; they set it up again at their next sign-in");
            await db.SaveChangesAsync();
        });
        Flash($"Two-factor sign-in reset for {member.FullName}");
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost("invitations/{id:int}/withdraw")]
    public async Task<IActionResult> WithdrawInvitation(int id)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == id);
        if (invitation is null) return NotFound();
        var now = clock.GetUtcNow().UtcDateTime;
        // Only a waiting invitation can be withdrawn; anything else would log a withdrawal that did not happen.
        var state = invitation.StateAt(now);
        if (state != InvitationState.Pending)
        {
            return Refused(StatusCodes.Status409Conflict, "This invitation cannot be withdrawn", state switch
            {
                InvitationState.Accepted => $"{invitation.FullName} has already accepted it. To remove their access, deactivate them in the list of members.",
                InvitationState.Revoked => "It has already been withdrawn.",
                _ => "It has expired, so the link no longer works.",
            });
        }
        invitation.Revoke(now);
        audit.Record(AuditActions.InvitationRevoked, "Invitation", invitation.Email, $"Invitation to {invitation.FullName} <{invitation.Email}> withdrawn");
        await db.SaveChangesAsync();
        Flash($"Invitation to {invitation.Email} withdrawn");
        return RedirectToAction(nameof(Index));
    }

    // Filter before projecting: EF cannot translate a filter on the record.
    private IQueryable<MemberRow> MemberRows(int? id = null) =>
        db.Memberships.Where(m => id == null || m.Id == id).Join(db.Users, m => m.UserId, u => u.Id,
            (m, u) => new MemberRow(m.Id, u.Id, u.FullName, u.Email!, m.Roles, m.Position, m.IsActive, u.TwoFactorEnabled));

    private bool IsYou(MemberRow member) => member.UserId == users.GetUserId(User);

    // A new security stamp makes the person's open sessions pick up the change at the next revalidation.
    private async Task RefreshSessionsAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is not null) user.SecurityStamp = Guid.NewGuid().ToString();
    }

    private void CheckChoices(List<OrganisationRoles> roles, BoardPosition position, string prefix = "")
    {
        if (roles.Any(r => r is not (OrganisationRoles.BoardMember or OrganisationRoles.EqualityLead or OrganisationRoles.TrustAdmin)))
            ModelState.AddModelError(prefix + "Roles", "Select roles from the list");
        if (!Enum.IsDefined(position)) ModelState.AddModelError(prefix + "Position", "Select a position from the list");
    }
}
