using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Invitations;

/// <summary>
/// The page an invitation email links to. Expired, used, revoked and tampered links change nothing and say why.
/// Someone who already has an account (in another organisation) signs in and accepts; anyone else sets a password.
/// </summary>
[Route("invitations/{token}"), AllowAnonymous]
public sealed class InvitationsController(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit, TimeProvider clock)
    : AppController, IExemptFromTwoFactorEnrolment
{
    [HttpGet("")]
    public async Task<IActionResult> Accept(string token)
    {
        var (invitation, problem) = await FindAsync(token);
        if (problem is not null) return problem;
        return View(await PageAsync(invitation!, new AcceptInvitationForm { FullName = invitation!.FullName }));
    }

    [HttpPost(""), EnableRateLimiting(RateLimits.Authentication)]
    public async Task<IActionResult> Accept(string token, [Bind(Prefix = "Form")] AcceptInvitationForm form)
    {
        var (invitation, problem) = await FindAsync(token);
        if (problem is not null)
        {
            await AuditRefusalAsync(token);
            return problem;
        }

        var existing = await users.FindByEmailAsync(invitation!.Email);
        if (existing is not null)
        {
            // An existing account joins by signing in as itself, never by setting a password here.
            if (users.GetUserId(User) != existing.Id) return Redirect($"/account/sign-in?returnUrl=/invitations/{Uri.EscapeDataString(token)}");
            return await JoinAsync(invitation, existing);
        }

        if (!ModelState.IsValid) return Invalid(await PageAsync(invitation, form));
        var user = new AppUser { UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, FullName = form.FullName.Trim(), CurrentOrganisationId = invitation.OrganisationId };
        var created = await users.CreateAsync(user, form.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors) ModelState.AddModelError("Form.Password", error.Description);
            return Invalid(await PageAsync(invitation, form));
        }
        return await JoinAsync(invitation, user);
    }

    private async Task<IActionResult> JoinAsync(Invitation invitation, AppUser user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        invitation.Accept(now);
        db.Memberships.Add(new Membership(invitation.OrganisationId, user.Id, invitation.Roles, invitation.Position, now));
        user.CurrentOrganisationId = invitation.OrganisationId;
        audit.RecordFor(user, user.Email!, invitation.OrganisationId, AuditActions.InvitationAccepted, $"{user.FullName} accepted the invitation and joined as {RoleText.Describe(invitation.Roles)}");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            return Gone("This invitation has already been used", "It was accepted a moment ago, perhaps in another tab. Sign in to continue.");
        }
        await signIn.SignInAsync(user, isPersistent: false);
        Flash($"Welcome to IncLead. You have joined as {RoleText.Describe(invitation.Roles)}.");
        return Redirect("/");
    }

    private async Task<(Invitation? Invitation, IActionResult? Problem)> FindAsync(string token)
    {
        var hash = InvitationSender.Hash(token);
        var invitation = await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.TokenHash == hash);
        if (invitation is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return (null, View("Problem", new InvitationProblemPage("This invitation link does not work", "Check that you copied the whole link from the email. If it still does not work, ask the person who invited you to send a new invitation.")));
        }
        return invitation.StateAt(clock.GetUtcNow().UtcDateTime) switch
        {
            InvitationState.Expired => (null, Gone("This invitation has expired", "Invitations last 7 days. Ask the person who invited you to send a new one.")),
            InvitationState.Accepted => (null, Gone("This invitation has already been used", "Each invitation works once. If it was you, sign in with the password you chose.")),
            InvitationState.Revoked => (null, Gone("This invitation has been withdrawn", "Ask your organisation's trust admin if you think you should have access.")),
            _ => (invitation, null),
        };
    }

    /// <summary>A used, expired or withdrawn link tried again goes in its organisation's audit log; a made-up one has no organisation.</summary>
    private async Task AuditRefusalAsync(string token)
    {
        var hash = InvitationSender.Hash(token);
        var invitation = await db.Invitations.IgnoreQueryFilters().SingleOrDefaultAsync(i => i.TokenHash == hash);
        if (invitation is null) return;
        audit.RecordAs("Someone with the invitation link", invitation.OrganisationId, AuditActions.InvitationLinkRefused, "Invitation", invitation.Email,
            $"The invitation link for {invitation.Email} was used while {invitation.StateAt(clock.GetUtcNow().UtcDateTime).ToString().ToLowerInvariant()}; nothing changed");
        await db.SaveChangesAsync();
    }

    private ViewResult Gone(string title, string explanation)
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        return View("Problem", new InvitationProblemPage(title, explanation));
    }

    private async Task<AcceptInvitationPage> PageAsync(Invitation invitation, AcceptInvitationForm form)
    {
        var organisation = await db.Organisations.Where(o => o.Id == invitation.OrganisationId).Select(o => o.Name).SingleAsync();
        var existing = await users.FindByEmailAsync(invitation.Email);
        return new AcceptInvitationPage(organisation, invitation.Email, RoleText.Describe(invitation.Roles), existing is not null,
            existing is not null && users.GetUserId(User) == existing.Id, form);
    }
}

public sealed record InvitationProblemPage(string Title, string Explanation);
