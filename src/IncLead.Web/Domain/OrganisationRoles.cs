namespace IncLead.Web.Domain;

/// <summary>The roles a membership gives inside one organisation; one person may hold several.</summary>
[Flags]
public enum OrganisationRoles
{
    None = 0,
    BoardMember = 1,
    EqualityLead = 2,
    TrustAdmin = 4,
}
