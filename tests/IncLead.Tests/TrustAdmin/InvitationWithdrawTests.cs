using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.TrustAdmin;

/// <summary>Issue 15, item 8: the audit log records only what happened.</summary>
public sealed class InvitationWithdrawTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Withdrawing_an_invitation_already_accepted_is_refused_with_a_message_and_logs_nothing()
    {
        const string email = "kofi.boateng@riverside.example";
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var sent = await admin.SubmitAsync("/admin/users/invite", "/admin/users/invite", new Dictionary<string, string>
        {
            ["FullName"] = "Kofi Boateng", ["Email"] = email, ["Roles"] = "BoardMember", ["Position"] = "NonExecutiveDirector",
        });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var staleList = await admin.GetPageAsync("/admin/users");
        await app.DeliverMailAsync();
        var link = Mail.LinkIn(Mail.To(app.MailFolder, email));

        var accepted = await Browser.For(app).SubmitAsync(link, link, new Dictionary<string, string>
        {
            ["Form.FullName"] = "Kofi Boateng", ["Form.Password"] = "Meadow-copper-signal-58", ["Form.ConfirmPassword"] = "Meadow-copper-signal-58",
        });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        // The admin's list, opened before the invitation was accepted, still offers to withdraw it.
        var id = await app.QueryAsync(db => db.Invitations.IgnoreQueryFilters().Where(i => i.Email == email).Select(i => i.Id).SingleAsync());
        var withdraw = await admin.PostFromAsync(staleList, $"/admin/users/invitations/{id}/withdraw", []);
        Assert.Equal(HttpStatusCode.Conflict, withdraw.StatusCode);
        Assert.Contains("Kofi Boateng has already accepted it", await withdraw.BodyAsync());
        Assert.DoesNotContain(AuditActions.InvitationRevoked, await app.AuditActionsAsync());

        // The link used a second time: the same clear page as before, and an entry in the organisation's log.
        var reused = await Browser.For(app).SubmitAsync("/account/sign-in", link, new Dictionary<string, string>
        {
            ["Form.FullName"] = "Someone Else", ["Form.Password"] = "Another-password-2026", ["Form.ConfirmPassword"] = "Another-password-2026",
        });
        Assert.Equal(HttpStatusCode.Gone, reused.StatusCode);
        Assert.Contains("already been used", await reused.BodyAsync());
        Assert.Contains(AuditActions.InvitationLinkRefused, await app.AuditActionsAsync());
    }
}
