using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.SingleSignOn;

/// <summary>
/// "Require single sign-on for our domain accounts": a correct password is still refused for those accounts, except a
/// trust admin of that organisation with two-factor sign-in on (the break-glass account). Asked only after the password
/// is found right, so the answer never tells a stranger whether an account exists.
/// </summary>
public sealed class PasswordRule(AppDbContext db)
{
    public const string Refusal = "Your organisation signs you in through its own account. Go back and continue with your email address.";

    public async Task<bool> RefusesAsync(AppUser user)
    {
        var domain = SingleSignOnDomain.Of(user.Email);
        var connection = await db.SingleSignOnConnections.AsNoTracking()
            .Where(c => c.IsEnabled && c.RequiredForDomainAccounts && c.Domains.Any(d => d.Name == domain))
            .Select(c => new { c.OrganisationId }).FirstOrDefaultAsync();
        if (connection is null) return false;
        return !(user.TwoFactorEnabled && await IsTrustAdminAsync(user.Id, connection.OrganisationId));
    }

    private Task<bool> IsTrustAdminAsync(string userId, int organisationId) =>
        db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == userId && m.OrganisationId == organisationId && m.IsActive
            && (m.Roles & OrganisationRoles.TrustAdmin) != 0);
}
