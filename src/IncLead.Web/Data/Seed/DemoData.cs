using IncLead.Web.Domain;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Data.Seed;

/// <summary>
/// The fictional Riverside NHS Foundation Trust, so a newcomer has something to look at. Seeded in Development (or
/// with <c>Demo:Seed=true</c>); refused elsewhere unless <c>Demo:ForceOutsideDevelopment=true</c>; running it again changes nothing.
/// </summary>
public static class DemoData
{
    public const string OdsCode = "ZRV";
    public const string Password = "Riverside-demo-2026";
    public const string PlatformAdminEmail = "platform.admin@inclead.example";
    public const string TrustAdminEmail = "trust.admin@riverside.example";
    public const string EqualityLeadEmail = "equality.lead@riverside.example";

    public static readonly IReadOnlyList<(string Email, string Name, BoardPosition Position)> BoardMembers =
    [
        ("chair@riverside.example", "Margaret Okafor", BoardPosition.Chair),
        ("chief.executive@riverside.example", "David Chen", BoardPosition.ChiefExecutive),
        ("finance.director@riverside.example", "Priya Sharma", BoardPosition.ExecutiveDirector),
        ("medical.director@riverside.example", "James O'Connell", BoardPosition.ExecutiveDirector),
        ("nursing.director@riverside.example", "Grace Mensah", BoardPosition.ExecutiveDirector),
        ("ned.audit@riverside.example", "Robert Williams", BoardPosition.NonExecutiveDirector),
        ("ned.quality@riverside.example", "Aisha Rahman", BoardPosition.NonExecutiveDirector),
        ("ned.people@riverside.example", "Tomasz Nowak", BoardPosition.NonExecutiveDirector),
    ];

    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        var seed = app.Configuration.GetValue<bool?>("Demo:Seed") ?? app.Environment.IsDevelopment();
        if (!seed) return;
        // The demo accounts share a password printed in the README, so a live service must never have them by accident.
        if (!app.Environment.IsDevelopment() && !app.Configuration.GetValue("Demo:ForceOutsideDevelopment", false))
        {
            throw new InvalidOperationException(
                $"Demo:Seed is on in the {app.Environment.EnvironmentName} environment. The demo accounts have a published password, so they are only " +
                "created in Development. Turn Demo:Seed off and create the first platform admin with the create-platform-admin command " +
                "(see docs/operations.md), or, for a throwaway trial, also set Demo:ForceOutsideDevelopment=true.");
        }

        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

        // Hashing is deliberately slow; every demo account shares one password, so hash it once.
        var passwordHash = new Lazy<string>(() => users.PasswordHasher.HashPassword(new AppUser(), Password));
        await EnsureUserAsync(users, passwordHash, PlatformAdminEmail, "Pat Operator", u => u.IsPlatformAdmin = true);

        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.OdsCode == OdsCode);
        if (organisation is null)
        {
            organisation = new Organisation("Riverside NHS Foundation Trust", OrganisationType.NhsFoundationTrust, OdsCode, "Midlands", hasCouncilOfGovernors: true, now);
            // Demo accounts sign in without two-factor, so the requirement is off for the demo organisation.
            organisation.UpdateProfile(organisation.Name, organisation.Type, organisation.OdsCode, organisation.Region, true, requireTwoFactorForAdmins: false);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }

        var people = new List<(string Email, string Name, OrganisationRoles Roles, BoardPosition Position)>
        {
            (TrustAdminEmail, "Sam Patel", OrganisationRoles.TrustAdmin, BoardPosition.None),
            (EqualityLeadEmail, "Jordan Ellis", OrganisationRoles.EqualityLead, BoardPosition.None),
        };
        people.AddRange(BoardMembers.Select(b => (b.Email, b.Name, OrganisationRoles.BoardMember, b.Position)));

        foreach (var (email, name, roles, position) in people)
        {
            var user = await EnsureUserAsync(users, passwordHash, email, name, _ => { });
            var exists = await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.OrganisationId == organisation.Id && m.UserId == user.Id);
            if (!exists) db.Memberships.Add(new Membership(organisation.Id, user.Id, roles, position, now));
        }
        await db.SaveChangesAsync();

        var boardUserIds = new List<string>();
        foreach (var (email, _, _) in BoardMembers) boardUserIds.Add((await users.FindByEmailAsync(email))!.Id);
        await DemoCycles.SeedAsync(db, organisation, boardUserIds, "Jordan Ellis", now);
        await DemoEds.SeedAsync(scope.ServiceProvider, organisation, now);
        await DemoActions.SeedAsync(db, organisation, boardUserIds, (await users.FindByEmailAsync(EqualityLeadEmail))!.Id, now);
    }

    private static async Task<AppUser> EnsureUserAsync(UserManager<AppUser> users, Lazy<string> passwordHash, string email, string name, Action<AppUser> configure)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is not null) return user;
        user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, IsDemoAccount = true, PasswordHash = passwordHash.Value };
        configure(user);
        var result = await users.CreateAsync(user);
        if (!result.Succeeded) throw new InvalidOperationException("Demo user could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }
}
