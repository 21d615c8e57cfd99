using IncLead.Web.Data;
using IncLead.Web.Data.Seed;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Features.Cycles;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IncLead.LoadTest;

/// <summary>
/// Adds N board members to the demo organisation and makes them respondents in its open cycle, straight in the
/// database the app under test uses, so the load comes from N distinct signed-in people.
/// </summary>
internal static class LoadUsers
{
    public const string Password = DemoData.Password;

    public static SqliteAppDbContext Open(string databasePath) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={databasePath};Default Timeout=30").Options);

    /// <summary>
    /// The open cycle they answer, its statements, the address of every factor page of it (each stage's factors in
    /// order, as a person answering the whole cycle opens them), their email addresses, and the newest signed-off
    /// cycle, whose results they read.
    /// </summary>
    public static async Task<(int CycleId, IReadOnlyList<int> StatementIds, IReadOnlyList<string> FactorPages, IReadOnlyList<string> Emails, int SignedOffCycleId)> CreateAsync(string databasePath, int count)
    {
        await using var db = Open(databasePath);
        var organisation = await db.Organisations.SingleAsync(o => o.OdsCode == DemoData.OdsCode);
        var cycle = await db.Cycles.IgnoreQueryFilters().Where(c => c.OrganisationId == organisation.Id && c.State == CycleState.Open).OrderByDescending(c => c.Id).FirstAsync();
        var signedOff = await db.Cycles.IgnoreQueryFilters().Where(c => c.OrganisationId == organisation.Id && c.State == CycleState.SignedOff).OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync();
        var kinds = Applicability.Kinds(organisation.Type, organisation.HasCouncilOfGovernors);
        var outline = (await FrameworkOutline.LoadAsync(db, [cycle.FrameworkId])).Where(r => Applicability.Applies(r.AppliesTo, kinds)).ToList();
        var statements = outline.Select(r => r.StatementId).ToList();
        var factorPages = outline.GroupBy(r => r.StageNumber)
            .SelectMany(stage => stage.Select(r => r.FactorOrder).Distinct().Select((_, i) => $"/respond/{cycle.Id}/stages/{stage.Key}/factors/{i + 1}")).ToList();

        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        var now = DateTime.UtcNow;
        var emails = Enumerable.Range(1, count).Select(i => $"load.{i:000}@riverside.example").ToList();
        var users = emails.Select((email, i) => new AppUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, FullName = $"Load Tester {i + 1}", IsDemoAccount = true, LockoutEnabled = true,
            PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
        }).ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync();
        db.Memberships.AddRange(users.Select(u => new Membership(organisation.Id, u.Id, OrganisationRoles.BoardMember, BoardPosition.NonExecutiveDirector, now)));
        db.Respondents.AddRange(users.Select(u => new Respondent(organisation.Id, cycle.Id, u.Id, now)));
        await db.SaveChangesAsync();
        return (cycle.Id, statements, factorPages, emails, signedOff);
    }
}
