using System.Globalization;
using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Support;

/// <summary>
/// Runs code in a request scope as a member of their organisation, so read models behind the tenancy filter answer as
/// they would to that person: for building what a download should contain and comparing it with the file.
/// </summary>
public static class ActingAs
{
    public static async Task<T> AsMemberAsync<T>(this AppFactory app, string email, Func<IServiceProvider, ClaimsPrincipal, Task<T>> work)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var member = await (from m in db.Memberships.IgnoreQueryFilters()
                            join u in db.Users on m.UserId equals u.Id
                            where u.Email == email
                            select new { m.OrganisationId, m.UserId, m.Roles }).FirstAsync();
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, member.UserId),
            new(AppClaims.OrganisationId, member.OrganisationId.ToString(CultureInfo.InvariantCulture)),
        };
        if (member.Roles.HasFlag(OrganisationRoles.EqualityLead)) claims.Add(new(ClaimTypes.Role, AppClaims.EqualityLeadRole));
        if (member.Roles.HasFlag(OrganisationRoles.BoardMember)) claims.Add(new(ClaimTypes.Role, AppClaims.BoardMemberRole));
        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
        return await work(scope.ServiceProvider, user);
    }
}
