using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Identity;

/// <summary>
/// Puts the current organisation and the roles held there into the cookie. It runs at sign-in, when the person
/// switches organisation, and whenever the security stamp is revalidated, so role changes and deactivation reach
/// existing sessions within the revalidation interval.
/// </summary>
public sealed class AppClaimsPrincipalFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaims.FullName, user.FullName));
        if (user.IsPlatformAdmin) identity.AddClaim(new Claim(ClaimTypes.Role, AppClaims.PlatformAdminRole));

        var memberships = await db.Memberships.IgnoreQueryFilters()
            .Where(m => m.UserId == user.Id && m.IsActive)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => new { m.OrganisationId, OrganisationName = o.Name, o.RequireTwoFactorForAdmins, m.Roles })
            .ToListAsync();
        identity.AddClaim(new Claim(AppClaims.OrganisationCount, memberships.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        // Platform admins can create organisations and invite their admins, so they always need a second factor.
        var mustEnrol = user.IsPlatformAdmin && !user.TwoFactorEnabled && !user.IsDemoAccount;

        var current = memberships.FirstOrDefault(m => m.OrganisationId == user.CurrentOrganisationId)
            ?? memberships.OrderBy(m => m.OrganisationName).FirstOrDefault();
        if (current is null)
        {
            if (mustEnrol) identity.AddClaim(new Claim(AppClaims.TwoFactorEnrolmentRequired, "true"));
            return identity;
        }

        identity.AddClaim(new Claim(AppClaims.OrganisationId, current.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(AppClaims.OrganisationName, current.OrganisationName));
        foreach (var (role, name) in RoleNames)
        {
            if ((current.Roles & role) == role) identity.AddClaim(new Claim(ClaimTypes.Role, name));
        }

        var holdsAdminRole = (current.Roles & (OrganisationRoles.TrustAdmin | OrganisationRoles.EqualityLead)) != 0;
        if (mustEnrol || (holdsAdminRole && current.RequireTwoFactorForAdmins && !user.TwoFactorEnabled && !user.IsDemoAccount))
            identity.AddClaim(new Claim(AppClaims.TwoFactorEnrolmentRequired, "true"));
        return identity;
    }

    private static readonly (OrganisationRoles Role, string Name)[] RoleNames =
    [
        (OrganisationRoles.BoardMember, AppClaims.BoardMemberRole),
        (OrganisationRoles.EqualityLead, AppClaims.EqualityLeadRole),
        (OrganisationRoles.TrustAdmin, AppClaims.TrustAdminRole),
    ];
}
