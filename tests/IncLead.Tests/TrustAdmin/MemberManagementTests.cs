using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Domain;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.TrustAdmin;

public sealed class MemberManagementTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_deactivated_member_can_no_longer_sign_in_and_reactivation_restores_access()
    {
        var email = DemoData.BoardMembers[5].Email;
        var id = await app.MembershipIdAsync(email);
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/admin/users/{id}", $"/admin/users/{id}/deactivate", new Dictionary<string, string>())).StatusCode);
        var refused = await Browser.For(app).SubmitAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = DemoData.Password });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Your access to IncLead has been removed", await refused.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/admin/users/{id}", $"/admin/users/{id}/reactivate", new Dictionary<string, string>())).StatusCode);
        await Browser.For(app).SignInAsync(email);

        var actions = await app.AuditActionsAsync();
        Assert.Contains(AuditActions.MemberDeactivated, actions);
        Assert.Contains(AuditActions.MemberReactivated, actions);
    }

    [Fact]
    public async Task A_deactivated_members_open_session_ends_at_the_next_security_stamp_check_and_not_before()
    {
        var email = DemoData.BoardMembers[7].Email;
        var id = await app.MembershipIdAsync(email);
        var member = await Browser.SignedInAsync(app, email);
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/dashboard")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/admin/users/{id}", $"/admin/users/{id}/deactivate", new Dictionary<string, string>())).StatusCode);
        // Within the one-minute interval the cookie is trusted without a database check (decision 0005).
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/dashboard")).StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await member.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/sign-in", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_roles_is_saved_and_audited_but_you_cannot_remove_your_own_admin_role()
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var memberId = await app.MembershipIdAsync(DemoData.BoardMembers[4].Email);
        var saved = await admin.SubmitAsync($"/admin/users/{memberId}", $"/admin/users/{memberId}",
            new Dictionary<string, string> { ["Form.Roles"] = "BoardMember", ["Form.Position"] = "ExecutiveDirector" }.With("Form.Roles", "EqualityLead"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var roles = await app.QueryAsync(db => db.Memberships.IgnoreQueryFilters().Where(m => m.Id == memberId).Select(m => m.Roles).SingleAsync(Ct));
        Assert.Equal(OrganisationRoles.BoardMember | OrganisationRoles.EqualityLead, roles);
        Assert.Contains(AuditActions.RolesChanged, await app.AuditActionsAsync());

        var selfId = await app.MembershipIdAsync(DemoData.TrustAdminEmail);
        var self = await admin.SubmitAsync($"/admin/users/{selfId}", $"/admin/users/{selfId}", new Dictionary<string, string> { ["Form.Roles"] = "BoardMember", ["Form.Position"] = "None" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Contains("You cannot remove your own trust admin role", await self.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_bad_ods_code_is_refused_and_the_profile_is_unchanged()
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var response = await admin.SubmitAsync("/admin/organisation", "/admin/organisation", new Dictionary<string, string>
        {
            ["Name"] = "Renamed Trust", ["Type"] = "NhsFoundationTrust", ["OdsCode"] = "R-X-1", ["Region"] = "Midlands",
            ["HasCouncilOfGovernors"] = "true", ["RequireTwoFactorForAdmins"] = "false",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Enter an ODS code of 3 to 6 letters and numbers", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Riverside NHS Foundation Trust", await app.QueryAsync(db => db.Organisations.Where(o => o.OdsCode == DemoData.OdsCode).Select(o => o.Name).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Board_members_cannot_reach_the_trust_admin_pages()
    {
        var member = Browser.For(app);
        await member.SignInAsync(DemoData.BoardMembers[3].Email);
        foreach (var path in new[] { "/admin/users", "/admin/audit", "/admin/organisation", "/platform/organisations" })
        {
            var response = await member.GetAsync(path);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{path} answered {(int)response.StatusCode}");
            if (response.StatusCode == HttpStatusCode.Redirect) Assert.Contains("access-denied", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task A_password_reset_link_from_the_email_sets_a_new_password()
    {
        var email = DemoData.BoardMembers[6].Email;
        var sent = await Browser.For(app).SubmitAsync("/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        await app.DeliverMailAsync();
        var link = Mail.LinkIn(Mail.To(app.MailFolder, email));

        var browser = Browser.For(app);
        var reset = await browser.SubmitAsync(link, "/account/reset-password", new Dictionary<string, string>
        {
            ["Email"] = email, ["Token"] = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query)["token"]!,
            ["Password"] = "Meadow-violin-harbour-31", ["ConfirmPassword"] = "Meadow-violin-harbour-31",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await Browser.For(app).SignInAsync(email, "Meadow-violin-harbour-31");

        var reused = await browser.SubmitAsync(link, "/account/reset-password", new Dictionary<string, string>
        {
            ["Email"] = email, ["Token"] = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query)["token"]!,
            ["Password"] = "Another-violin-harbour-32", ["ConfirmPassword"] = "Another-violin-harbour-32",
        });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
    }
}
