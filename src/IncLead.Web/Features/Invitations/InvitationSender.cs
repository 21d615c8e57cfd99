using System.Security.Cryptography;
using System.Text;
using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Infrastructure.Auditing;
using IncLead.Web.Infrastructure.Email;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Features.Invitations;

/// <summary>
/// Issues an invitation: refuses duplicates and existing members, stores a hash of a random token, and queues the
/// email and the audit entry in the caller's unit of work. Used by trust admins and platform admins alike.
/// </summary>
public sealed class InvitationSender(AppDbContext db, Outbox outbox, AuditLog audit, TimeProvider clock, IOptions<EmailOptions> email)
{
    public async Task<InvitationProblem?> InviteAsync(int organisationId, string organisationName, string emailAddress, string fullName,
        OrganisationRoles roles, BoardPosition position, string invitedByUserId, string invitedByName, CancellationToken ct)
    {
        var address = emailAddress.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        var normalised = address.ToUpperInvariant();

        var isMember = await db.Memberships.IgnoreQueryFilters()
            .AnyAsync(m => m.OrganisationId == organisationId && db.Users.Any(u => u.Id == m.UserId && u.NormalizedEmail == normalised), ct);
        if (isMember) return InvitationProblem.AlreadyMember;

        var pending = await db.Invitations.IgnoreQueryFilters()
            .Where(i => i.OrganisationId == organisationId && i.Email.ToUpper() == normalised && i.AcceptedAt == null && i.RevokedAt == null)
            .Select(i => i.ExpiresAt).ToListAsync(ct);
        if (pending.Any(expires => expires > now)) return InvitationProblem.AlreadyInvited;

        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var invitation = new Invitation(organisationId, address, fullName, roles, position, Hash(token), invitedByUserId, now);
        db.Invitations.Add(invitation);

        var link = $"{email.Value.PublicBaseUrl.TrimEnd('/')}/invitations/{token}";
        outbox.Enqueue(organisationId, address, fullName, $"You are invited to join {organisationName} on IncLead",
            $"Hello {fullName},\n\n{invitedByName} has invited you to join {organisationName} on IncLead as {RoleText.InWords(roles, position)}.\n\n" +
            $"Accept the invitation and set your password here:\n\n{link}\n\n" +
            $"The link works once and expires on {invitation.ExpiresAt:d MMMM yyyy 'at' HH:mm} UTC. If you were not expecting this, you can ignore it.\n");
        audit.Record(AuditActions.InvitationSent, "Invitation", address, $"Invited {fullName} <{address}> as {RoleText.Describe(roles)}", organisationId);
        return null;
    }

    public static string Hash(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

public enum InvitationProblem
{
    AlreadyMember,
    AlreadyInvited,
}
