using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.SingleSignOn;

/// <summary>What came of matching a provider's sign-in to a member: the person to sign in, or why not.</summary>
public sealed record MatchResult(AppUser? User, string? RefusalTitle = null, string? Refusal = null, string? AuditReason = null)
{
    public static MatchResult Refuse(string title, string explanation, string auditReason) => new(null, title, explanation, auditReason);
}

/// <summary>
/// Who may come in: the provider only proves who the person is. The person is matched to a member or a pending
/// invitation of the organisation whose provider signed them in, by a verified email in one of its domains (never by
/// display name); roles come from IncLead, or from the organisation's "anyone from our domains may join as" roles.
/// </summary>
public sealed class MemberMatcher(AppDbContext db, UserManager<AppUser> users, AuditLog audit, TimeProvider clock)
{
    public async Task<MatchResult> MatchAsync(int organisationId, ClaimsPrincipal external)
    {
        var connection = await db.SingleSignOnConnections.Include(c => c.Domains)
            .FirstOrDefaultAsync(c => c.OrganisationId == organisationId && c.IsEnabled);
        var organisation = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync();
        if (connection is null)
            return MatchResult.Refuse("Single sign-on is turned off", $"{organisation} no longer signs people in through its own account. Sign in with your email address and password.", "Single sign-on turned off");

        var email = external.FindFirst(connection.EmailClaim)?.Value?.Trim();
        if (string.IsNullOrEmpty(email) || SingleSignOnDomain.Of(email) is null)
            return MatchResult.Refuse("Your account did not give an email address", $"Your organisation's sign-in did not tell IncLead your email address. Ask {organisation}'s IT service desk to check the IncLead app registration.", $"No email in claim {connection.EmailClaim}");
        if (!IsVerified(external, connection.EmailClaim))
            return MatchResult.Refuse("Your email address is not verified", "Your organisation's sign-in says your email address has not been verified, so IncLead cannot use it. Ask your IT service desk to verify it.", $"Email {email} not verified by the provider");
        if (!connection.AnswersFor(email))
            return MatchResult.Refuse("This account is not for this organisation", $"{email} does not belong to {organisation}. Sign in with your email address and password, or through your own organisation.", $"Email {email} is not in the organisation's domains");

        var user = await users.FindByEmailAsync(email);
        var membership = user is null ? null
            : await db.Memberships.IgnoreQueryFilters().FirstOrDefaultAsync(m => m.OrganisationId == organisationId && m.UserId == user.Id);
        if (membership is { IsActive: true }) return new MatchResult(user);
        var admins = await TrustAdminsAsync(organisationId);
        if (membership is not null)
            return MatchResult.Refuse("Your access has been removed", $"Your access to {organisation} in IncLead has been removed. Ask a trust admin if this is wrong: {admins}.", $"{email} is a deactivated member");

        var now = clock.GetUtcNow().UtcDateTime;
        var normalised = email.ToUpperInvariant();
        var invitation = (await db.Invitations.IgnoreQueryFilters()
            .Where(i => i.OrganisationId == organisationId && i.Email.ToUpper() == normalised && i.AcceptedAt == null && i.RevokedAt == null)
            .OrderByDescending(i => i.CreatedAt).ToListAsync()).FirstOrDefault(i => i.StateAt(now) == InvitationState.Pending);
        if (invitation is null && connection.AutoJoinRoles == OrganisationRoles.None)
            return MatchResult.Refuse("You have not been invited to IncLead", $"Your organisation account is right, but nobody at {organisation} has invited you to IncLead yet. Ask a trust admin to invite {email}: {admins}.", $"{email} has no invitation");

        user ??= await CreateAsync(email, invitation?.FullName ?? external.FindFirst("name")?.Value ?? email, organisationId);
        if (user is null) return MatchResult.Refuse("Sorry, there is a problem", "IncLead could not set up your account. Try again later.", "Account could not be created");
        if (invitation is not null)
        {
            invitation.Accept(now);
            db.Memberships.Add(new Membership(organisationId, user.Id, invitation.Roles, invitation.Position, now));
            audit.RecordFor(user, email, organisationId, AuditActions.InvitationAccepted, "Invitation accepted through single sign-on");
        }
        else
        {
            db.Memberships.Add(new Membership(organisationId, user.Id, connection.AutoJoinRoles, BoardPosition.None, now));
            audit.RecordFor(user, email, organisationId, AuditActions.SingleSignOnJoined, $"Joined through single sign-on as allowed for the organisation's domains ({connection.AutoJoinRoles})");
        }
        await db.SaveChangesAsync();
        return new MatchResult(user);
    }

    /// <summary>
    /// An email counts as verified when the token says so (<c>email_verified</c>, or Entra ID's <c>xms_edov</c>), or when
    /// the configured claim is a sign-in name the provider itself controls (<c>preferred_username</c>, <c>upn</c>) and
    /// the token does not deny it. A token that says <c>email_verified: false</c> is always refused.
    /// </summary>
    public static bool IsVerified(ClaimsPrincipal external, string emailClaim)
    {
        var verified = external.FindFirst("email_verified")?.Value ?? external.FindFirst("xms_edov")?.Value;
        if (verified is not null) return string.Equals(verified, "true", StringComparison.OrdinalIgnoreCase);
        return emailClaim is "preferred_username" or "upn";
    }

    private async Task<AppUser?> CreateAsync(string email, string fullName, int organisationId)
    {
        // No password: this person signs in through their organisation; a password can be set later by a reset.
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, CurrentOrganisationId = organisationId,
            FullName = fullName.Length > AppUser.FullNameMaxLength ? fullName[..AppUser.FullNameMaxLength] : fullName,
        };
        return (await users.CreateAsync(user)).Succeeded ? user : null;
    }

    private async Task<string> TrustAdminsAsync(int organisationId)
    {
        var names = await (from m in db.Memberships.IgnoreQueryFilters()
                           join u in db.Users on m.UserId equals u.Id
                           where m.OrganisationId == organisationId && m.IsActive && (m.Roles & OrganisationRoles.TrustAdmin) != 0
                           orderby u.FullName
                           select u.FullName).ToListAsync();
        return names.Count == 0 ? "your organisation's trust admin" : string.Join(", ", names);
    }
}
