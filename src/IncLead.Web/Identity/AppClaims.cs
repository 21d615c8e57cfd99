namespace IncLead.Web.Identity;

/// <summary>Claim types and role names that IncLead puts into the sign-in cookie.</summary>
public static class AppClaims
{
    public const string OrganisationId = "inclead:org";
    public const string OrganisationName = "inclead:org-name";
    public const string FullName = "inclead:name";
    public const string OrganisationCount = "inclead:org-count";
    public const string TwoFactorEnrolmentRequired = "inclead:2fa-enrol";

    public const string BoardMemberRole = "BoardMember";
    public const string EqualityLeadRole = "EqualityLead";
    public const string TrustAdminRole = "TrustAdmin";
    public const string PlatformAdminRole = "PlatformAdmin";
}
