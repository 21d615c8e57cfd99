namespace IncLead.Web.Domain;

/// <summary>A person's place in one organisation: the roles they hold there and whether they are active.</summary>
public sealed class Membership : IOrganisationOwned
{
    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string UserId { get; private set; } = "";
    public OrganisationRoles Roles { get; private set; }
    public BoardPosition Position { get; private set; }
    public bool IsActive { get; private set; } = true;
    public DateTime JoinedAt { get; private set; }
    public DateTime? DeactivatedAt { get; private set; }

    private Membership() { }

    public Membership(int organisationId, string userId, OrganisationRoles roles, BoardPosition position, DateTime joinedAt)
    {
        if (roles == OrganisationRoles.None) throw new ArgumentException("A membership needs at least one role.", nameof(roles));
        OrganisationId = organisationId;
        UserId = userId;
        Roles = roles;
        Position = position;
        JoinedAt = joinedAt;
    }

    public bool Has(OrganisationRoles role) => (Roles & role) == role;

    public void ChangeRoles(OrganisationRoles roles, BoardPosition position)
    {
        if (roles == OrganisationRoles.None) throw new ArgumentException("A membership needs at least one role.", nameof(roles));
        Roles = roles;
        Position = position;
    }

    public void Deactivate(DateTime at)
    {
        IsActive = false;
        DeactivatedAt = at;
    }

    public void Reactivate()
    {
        IsActive = true;
        DeactivatedAt = null;
    }
}
