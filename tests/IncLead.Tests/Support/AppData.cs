using IncLead.Web.Data;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Support;

/// <summary>Direct access to the test app's database and services, for arranging and checking what the HTTP tests cannot see.</summary>
public static class AppData
{
    public static async Task<T> QueryAsync<T>(this AppFactory app, Func<AppDbContext, Task<T>> query)
    {
        using var scope = app.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static async Task<T> WithUsersAsync<T>(this AppFactory app, Func<UserManager<AppUser>, Task<T>> action)
    {
        using var scope = app.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
    }

    public static Task<int> MembershipIdAsync(this AppFactory app, string email) => app.QueryAsync(db =>
        db.Memberships.IgnoreQueryFilters().Where(m => db.Users.Any(u => u.Id == m.UserId && u.Email == email)).Select(m => m.Id).SingleAsync());

    public static Task<List<string>> AuditActionsAsync(this AppFactory app, int? organisationId = null) => app.QueryAsync(db =>
        db.AuditEntries.IgnoreQueryFilters().Where(a => organisationId == null || a.OrganisationId == organisationId)
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
}
