using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.PlatformAdmin;

public sealed class OrganisationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> NewOrganisation(string ods, string adminEmail) => new()
    {
        ["Name"] = "Northfield Community NHS Trust", ["Type"] = "NhsTrust", ["OdsCode"] = ods, ["Region"] = "North East",
        ["HasCouncilOfGovernors"] = "false", ["AdminName"] = "Ruth Kaye", ["AdminEmail"] = adminEmail,
    };

    [Fact]
    public async Task A_platform_admin_creates_an_organisation_whose_first_admin_joins_from_the_email()
    {
        var platform = Browser.For(app);
        await platform.SignInAsync(DemoData.PlatformAdminEmail);
        var created = await platform.SubmitAsync("/platform/organisations/new", "/platform/organisations/new", NewOrganisation("ZNF", "ruth.kaye@northfield.example"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Northfield Community NHS Trust", await platform.GetPageAsync("/platform/organisations"));

        await app.DeliverMailAsync();
        var link = Mail.LinkIn(Mail.To(app.MailFolder, "ruth.kaye@northfield.example"));
        var admin = Browser.For(app);
        await admin.SubmitAsync(link, link, new Dictionary<string, string>
        {
            ["Form.FullName"] = "Ruth Kaye", ["Form.Password"] = "Granite-willow-beacon-19", ["Form.ConfirmPassword"] = "Granite-willow-beacon-19",
        });
        // The new organisation requires two-factor for trust admins, so enrolment comes first.
        var users = await admin.GetAsync("/admin/users");
        Assert.Equal("/account/two-factor-setup", users.Headers.Location!.OriginalString);

        var organisationId = await app.QueryAsync(db => db.Organisations.Where(o => o.OdsCode == "ZNF").Select(o => o.Id).SingleAsync(Ct));
        var actions = await app.AuditActionsAsync(organisationId);
        Assert.Equal([AuditActions.OrganisationCreated, AuditActions.InvitationSent, AuditActions.InvitationAccepted], actions);
    }

    [Fact]
    public async Task A_duplicate_or_malformed_ods_code_is_refused()
    {
        var platform = Browser.For(app);
        await platform.SignInAsync(DemoData.PlatformAdminEmail);
        var duplicate = await platform.SubmitAsync("/platform/organisations/new", "/platform/organisations/new", NewOrganisation(DemoData.OdsCode, "x@y.example"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("already exists", await duplicate.Content.ReadAsStringAsync(Ct));
        var malformed = await platform.SubmitAsync("/platform/organisations/new", "/platform/organisations/new", NewOrganisation("ZZ", "x@y.example"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, malformed.StatusCode);
    }

    [Fact]
    public async Task Trust_admins_cannot_create_organisations()
    {
        var admin = Browser.For(app);
        await admin.SignInAsync(DemoData.TrustAdminEmail);
        var response = await admin.GetAsync("/platform/organisations/new");
        Assert.Contains("access-denied", response.Headers.Location?.ToString() ?? "");
    }
}
