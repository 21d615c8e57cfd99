using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.TrustAdmin;

public sealed class InvitationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Invite(string name, string email, string role = "BoardMember") =>
        new() { ["FullName"] = name, ["Email"] = email, ["Roles"] = role, ["Position"] = "NonExecutiveDirector" };

    private async Task<string> InviteAndOpenLinkAsync(Browser admin, string name, string email)
    {
        var sent = await admin.SubmitAsync("/admin/users/invite", "/admin/users/invite", Invite(name, email));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await app.DeliverMailAsync();
        return Mail.LinkIn(Mail.To(app.MailFolder, email));
    }

    [Fact]
    public async Task An_invited_person_sets_a_password_from_the_emailed_link_and_every_step_is_audited()
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var link = await InviteAndOpenLinkAsync(admin, "Nadia Hussain", "nadia.hussain@riverside.example");
        Assert.StartsWith("/invitations/", link);

        var invitee = Browser.For(app);
        var accepted = await invitee.SubmitAsync(link, link, new Dictionary<string, string>
        {
            ["Form.FullName"] = "Nadia Hussain", ["Form.Password"] = "Lantern-orchard-river-77", ["Form.ConfirmPassword"] = "Lantern-orchard-river-77",
        });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains("Nadia Hussain", await invitee.GetPageAsync("/"));
        Assert.Contains("Nadia Hussain", await admin.GetPageAsync("/admin/users"));

        var actions = await app.AuditActionsAsync();
        Assert.Contains(AuditActions.InvitationSent, actions);
        Assert.Contains(AuditActions.InvitationAccepted, actions);

        var reused = await Browser.For(app).GetAsync(link);
        Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
        Assert.Contains("already been used", await reused.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Expired_and_tampered_links_change_nothing_and_say_why()
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var link = await InviteAndOpenLinkAsync(admin, "Oliver Grant", "oliver.grant@riverside.example");

        var tampered = await Browser.For(app).GetAsync(link[..^3] + "xyz");
        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Contains("This invitation link does not work", await tampered.Content.ReadAsStringAsync(Ct));

        app.Clock.Advance(TimeSpan.FromDays(8));
        try
        {
            var expired = await Browser.For(app).GetAsync(link);
            Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
            Assert.Contains("This invitation has expired", await expired.Content.ReadAsStringAsync(Ct));
            var post = await Browser.For(app).SubmitAsync("/account/sign-in", link, new Dictionary<string, string>
            {
                ["Form.FullName"] = "Oliver Grant", ["Form.Password"] = "Lantern-orchard-river-77", ["Form.ConfirmPassword"] = "Lantern-orchard-river-77",
            });
            Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        }
        finally
        {
            app.Clock.Advance(TimeSpan.FromDays(-8));
        }
        Assert.False(await app.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "oliver.grant@riverside.example", Ct)));
    }

    [Theory]
    [InlineData("Someone", "not-an-email", "BoardMember", "Enter an email address in the correct format")]
    [InlineData("", "someone@riverside.example", "BoardMember", "Enter the person&#x27;s full name")]
    [InlineData("Someone", "someone@riverside.example", "", "Select at least one role")]
    [InlineData("Someone", "someone@riverside.example", "Superuser", "is not valid")]
    [InlineData("Margaret Okafor", "chair@riverside.example", "BoardMember", "already a member of your organisation")]
    public async Task Bad_invitations_are_refused_with_422_and_send_nothing(string name, string email, string role, string message)
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var before = await app.QueryAsync(db => db.OutboxMessages.CountAsync(Ct));
        var fields = Invite(name, email, role);
        if (role == "") fields.Remove("Roles");
        var response = await admin.SubmitAsync("/admin/users/invite", "/admin/users/invite", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(html.Contains(message, StringComparison.Ordinal), html[html.IndexOf("<main", StringComparison.Ordinal)..]);
        Assert.Equal(before, await app.QueryAsync(db => db.OutboxMessages.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_second_invitation_to_the_same_address_is_refused_while_the_first_is_waiting()
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/users/invite", "/admin/users/invite", Invite("Pat Doe", "pat.doe@riverside.example"))).StatusCode);
        var second = await admin.SubmitAsync("/admin/users/invite", "/admin/users/invite", Invite("Pat Doe", "PAT.DOE@riverside.example"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains("already has an invitation waiting", await second.Content.ReadAsStringAsync(Ct));
    }
}
