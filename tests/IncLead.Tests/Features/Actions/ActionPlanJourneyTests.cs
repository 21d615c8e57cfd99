using System.Net;
using System.Text.RegularExpressions;
using IncLead.Tests.Support;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Features.Actions.Reminders;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Features.Actions;

/// <summary>The "done when", end to end through the real pages, the reminder job and the mail folder.</summary>
public sealed class ActionPlanJourneyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_lead_raises_an_action_from_a_divergent_statement_the_owner_is_reminded_updates_it_and_the_dashboard_shows_its_rag()
    {
        var cycleId = await app.OpenDemoCycleIdAsync();
        var lead = await app.SignedInAsync(Demo.Lead);
        var raise = await lead.GetPageAsync($"/actions/raise?cycle={cycleId}");
        var divergent = raise[raise.IndexOf("id=\"divergent\"", StringComparison.Ordinal)..];
        var statementId = Regex.Match(divergent, "statement=(\\d+)").Groups[1].Value;

        var fields = await app.NewActionFieldsAsync("Hear from the staff networks before rating this again", Demo.ChiefExecutive, dueInDays: 6);
        fields["Form.CycleId"] = cycleId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Form.StatementId"] = statementId;
        var created = await lead.SubmitAsync($"/actions/new?cycle={cycleId}&statement={statementId}", "/actions/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;

        await app.Services.GetRequiredService<ActionReminders>().SendDueAsync(TestContext.Current.CancellationToken);
        await app.DeliverMailAsync();
        var email = Mail.In(app.MailFolder).Single(m => m.Subject?.Contains("Hear from the staff networks", StringComparison.Ordinal) == true);
        Assert.Equal(Demo.ChiefExecutive, email.To.Mailboxes.Single().Address);
        Assert.Equal(url, Mail.LinkIn(email));

        var owner = await app.SignedInAsync(Demo.ChiefExecutive);
        var page = await owner.GetPageAsync(Mail.LinkIn(email));
        var updated = await owner.PostFromAsync(page, $"{url}/progress", new Dictionary<string, string>
        {
            ["Progress.Status"] = "InProgress", ["Progress.AtRisk"] = "true", ["Progress.RiskNote"] = "The network chairs are on leave until the due date.",
            ["Progress.Note"] = "First meeting booked.", ["Progress.Version"] = Forms.Hidden(page, "Progress.Version"),
        });
        Assert.Equal(HttpStatusCode.Redirect, updated.StatusCode);

        var id = int.Parse(url.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(RagStatus.Amber, (await app.ActionAsync(id)).RagAt(app.Clock.GetUtcNow().UtcDateTime));
        var dashboard = await lead.GetPageAsync("/dashboard");
        var amber = Regex.Match(dashboard, "<a href=\"/actions\\?rag=Amber\">(\\d+)<").Groups[1].Value;
        var amberList = await lead.GetPageAsync("/actions?rag=Amber");
        Assert.Contains("Hear from the staff networks before rating this again", amberList);
        Assert.Equal(int.Parse(amber, System.Globalization.CultureInfo.InvariantCulture), Regex.Matches(amberList, "href=\"/actions/\\d+\"").Count);
    }
}
