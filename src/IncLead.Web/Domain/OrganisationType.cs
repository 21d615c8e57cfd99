namespace IncLead.Web.Domain;

public enum OrganisationType
{
    NhsTrust = 1,
    NhsFoundationTrust = 2,
    IntegratedCareBoard = 3,
    LocalAuthority = 4,
    Other = 5,
}
