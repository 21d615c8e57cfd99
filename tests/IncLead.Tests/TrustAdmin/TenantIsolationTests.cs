using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Domain;
using IncLead.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.TrustAdmin;

/// <summary>The demo organisation plus Hilltop, with its own admin, member, invitation and audit entry.</summary>
public sealed class TwoOrganisationsFactory : AppFactory, IAsyncLifetime
{
    public const string OtherAdmin = "admin@hilltop.example";
    public const string OtherMember = "member@hilltop.example";
    public int OtherMembershipId { get; private set; }
    public int OtherInvitationId { get; private set; }
    public int OtherOrganisationId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var app = this;
        foreach (var email in new[] { OtherAdmin, OtherMember })
        {
            await app.WithUsersAsync(users => users.CreateAsync(new AppUser { UserName = email, Email = email, FullName = email, EmailConfirmed = true }, "Hilltop-secret-phrase-9"));
        }
        await app.QueryAsync(async db =>
        {
            var org = new Organisation("Hilltop NHS Trust", OrganisationType.NhsTrust, "ZHT", "North West", false, DateTime.UtcNow);
            db.Organisations.Add(org);
            await db.SaveChangesAsync();
            var admin = new Membership(org.Id, db.Users.Single(u => u.Email == OtherAdmin).Id, OrganisationRoles.TrustAdmin, BoardPosition.None, DateTime.UtcNow);
            var member = new Membership(org.Id, db.Users.Single(u => u.Email == OtherMember).Id, OrganisationRoles.BoardMember, BoardPosition.Chair, DateTime.UtcNow);
            var invitation = new Invitation(org.Id, "invitee@hilltop.example", "Invitee", OrganisationRoles.BoardMember, BoardPosition.None, "HASH-HILLTOP", admin.UserId, DateTime.UtcNow);
            db.AddRange(admin, member, invitation);
            db.AuditEntries.Add(new AuditEntry(org.Id, DateTime.UtcNow, null, "Hilltop person", "test.hilltop-secret", "Test", "1", "Hilltop only", null));
            await db.SaveChangesAsync();
            OtherMembershipId = member.Id;
            OtherInvitationId = invitation.Id;
            OtherOrganisationId = org.Id;
            return 0;
        });
    }
}

/// <summary>Riverside's trust admin must reach nothing of Hilltop's.</summary>
public sealed class TenantIsolationTests(TwoOrganisationsFactory app) : IClassFixture<TwoOrganisationsFactory>
{
    private const string OtherMember = TwoOrganisationsFactory.OtherMember;

    [Fact]
    public async Task Another_organisations_member_answers_404_to_every_read_and_write()
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/users/{app.OtherMembershipId}")).StatusCode);

        foreach (var (path, fields) in new (string, Dictionary<string, string>)[]
        {
            ($"/admin/users/{app.OtherMembershipId}", new() { ["Form.Roles"] = "TrustAdmin", ["Form.Position"] = "None" }),
            ($"/admin/users/{app.OtherMembershipId}/deactivate", new()),
            ($"/admin/users/{app.OtherMembershipId}/reactivate", new()),
            ($"/admin/users/{app.OtherMembershipId}/reset-two-factor", new()),
            ($"/admin/users/invitations/{app.OtherInvitationId}/withdraw", new()),
        })
        {
            var response = await admin.SubmitAsync("/admin/users", path, fields);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"POST {path} answered {(int)response.StatusCode}: {(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))[..300]}");
        }

        var member = await app.QueryAsync(db => db.Memberships.IgnoreQueryFilters().SingleAsync(m => m.Id == app.OtherMembershipId));
        Assert.True(member.IsActive);
        Assert.Equal(OrganisationRoles.BoardMember, member.Roles);
        var invitation = await app.QueryAsync(db => db.Invitations.IgnoreQueryFilters().SingleAsync(i => i.Id == app.OtherInvitationId));
        Assert.Null(invitation.RevokedAt);
    }

    [Fact]
    public async Task Lists_and_the_audit_log_show_only_the_current_organisation()
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var users = await admin.GetPageAsync("/admin/users");
        Assert.Contains("chair@riverside.example", users);
        Assert.DoesNotContain(OtherMember, users);
        Assert.DoesNotContain("invitee@hilltop.example", users);

        var audit = await admin.GetPageAsync("/admin/audit");
        Assert.Contains("sign-in.succeeded", audit);
        Assert.DoesNotContain("test.hilltop-secret", audit);
        var csv = await admin.GetPageAsync("/admin/audit/export");
        Assert.DoesNotContain("Hilltop only", csv);
    }

    [Fact]
    public async Task Switching_to_an_organisation_you_do_not_belong_to_answers_404()
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var response = await admin.SubmitAsync("/organisations/switch", "/organisations/switch", new Dictionary<string, string> { ["organisationId"] = app.OtherOrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_person_in_two_organisations_switches_between_them()
    {
        const string both = "both@hilltop.example";
        await app.WithUsersAsync(users => users.CreateAsync(new AppUser { UserName = both, Email = both, FullName = "In Both", EmailConfirmed = true }, "Hilltop-secret-phrase-9"));
        await app.QueryAsync(async db =>
        {
            var userId = db.Users.Single(u => u.Email == both).Id;
            foreach (var org in db.Organisations.ToList())
                db.Memberships.Add(new Membership(org.Id, userId, OrganisationRoles.BoardMember, BoardPosition.Governor, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        var browser = Browser.For(app);
        await browser.SignInAsync(both, "Hilltop-secret-phrase-9");
        var before = await browser.GetPageAsync("/organisations/switch");
        var target = before.Contains("Hilltop NHS Trust</strong> (current)", StringComparison.Ordinal) ? "Riverside NHS Foundation Trust" : "Hilltop NHS Trust";
        var targetId = await app.QueryAsync(db => db.Organisations.Where(o => o.Name == target).Select(o => o.Id).SingleAsync());

        var switched = await browser.SubmitAsync("/organisations/switch", "/organisations/switch", new Dictionary<string, string> { ["organisationId"] = targetId.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains($"{target}</strong> (current)", await browser.GetPageAsync("/organisations/switch"));
    }
}
