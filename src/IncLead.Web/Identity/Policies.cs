using Microsoft.AspNetCore.Authorization;

namespace IncLead.Web.Identity;

/// <summary>Named authorization policies. Roles are referenced here and nowhere else.</summary>
public static class Policies
{
    public const string BoardMember = nameof(BoardMember);
    public const string EqualityLead = nameof(EqualityLead);
    public const string TrustAdmin = nameof(TrustAdmin);
    public const string PlatformAdmin = nameof(PlatformAdmin);
    public const string OrganisationMember = nameof(OrganisationMember);
    public const string OrganisationMemberOrPlatformAdmin = nameof(OrganisationMemberOrPlatformAdmin);
    public const string BoardMemberOrEqualityLead = nameof(BoardMemberOrEqualityLead);

    public static void Add(AuthorizationBuilder builder) => builder
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(OrganisationMember, p => p.RequireClaim(AppClaims.OrganisationId))
        .AddPolicy(BoardMember, p => p.RequireClaim(AppClaims.OrganisationId).RequireRole(AppClaims.BoardMemberRole))
        .AddPolicy(EqualityLead, p => p.RequireClaim(AppClaims.OrganisationId).RequireRole(AppClaims.EqualityLeadRole))
        .AddPolicy(BoardMemberOrEqualityLead, p => p.RequireClaim(AppClaims.OrganisationId).RequireRole(AppClaims.BoardMemberRole, AppClaims.EqualityLeadRole))
        .AddPolicy(TrustAdmin, p => p.RequireClaim(AppClaims.OrganisationId).RequireRole(AppClaims.TrustAdminRole))
        .AddPolicy(PlatformAdmin, p => p.RequireRole(AppClaims.PlatformAdminRole))
        .AddPolicy(OrganisationMemberOrPlatformAdmin, p => p.RequireAssertion(c =>
            c.User.HasClaim(claim => claim.Type == AppClaims.OrganisationId) || c.User.IsInRole(AppClaims.PlatformAdminRole)));
}
