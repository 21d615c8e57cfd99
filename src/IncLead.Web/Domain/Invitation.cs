namespace IncLead.Web.Domain;

/// <summary>
/// A single-use link that lets a person join an organisation. Only a hash of the token is stored, so a copy of the
/// database cannot be used to accept invitations.
/// </summary>
public sealed class Invitation : IOrganisationOwned
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Email { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public OrganisationRoles Roles { get; private set; }
    public BoardPosition Position { get; private set; }
    public string TokenHash { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? AcceptedAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public string InvitedByUserId { get; private set; } = "";

    private Invitation() { }

    public Invitation(int organisationId, string email, string fullName, OrganisationRoles roles, BoardPosition position,
        string tokenHash, string invitedByUserId, DateTime now)
    {
        OrganisationId = organisationId;
        Email = email.Trim();
        FullName = fullName.Trim();
        Roles = roles;
        Position = position;
        TokenHash = tokenHash;
        InvitedByUserId = invitedByUserId;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public InvitationState StateAt(DateTime now) =>
        RevokedAt is not null ? InvitationState.Revoked
        : AcceptedAt is not null ? InvitationState.Accepted
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Pending;

    public void Accept(DateTime now)
    {
        if (StateAt(now) != InvitationState.Pending) throw new InvalidOperationException($"The invitation is {StateAt(now)}.");
        AcceptedAt = now;
    }

    public void Revoke(DateTime now)
    {
        if (StateAt(now) == InvitationState.Pending) RevokedAt = now;
    }
}

public enum InvitationState
{
    Pending,
    Accepted,
    Expired,
    Revoked,
}
