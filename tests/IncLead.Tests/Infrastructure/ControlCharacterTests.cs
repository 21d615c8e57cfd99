using System.Net;
using IncLead.Tests.Features.Eds;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Infrastructure;

/// <summary>
/// A NUL or other control character typed (or pasted) into a form's text field gets the form back with a message beside
/// that field and in the error summary, 422, nothing saved. Before the fix a NUL made ASP.NET Core's form reader refuse
/// the whole form, so antiforgery failed and the person saw an empty 400 page. Each form is read from its page and
/// posted as a browser would, with the character in its first text field.
/// </summary>
public sealed class ControlCharacterTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Forms() => new()
    {
        { "action", "\0" }, { "action progress", "\u0001" }, { "story", "\0" }, { "agreed position", "\0" }, { "EDS engagement event", "\0" },
        { "board development session", "\u001b" }, { "cycle", "\0" }, { "invitation", "\0" }, { "organisation settings", "\0" },
        { "two-factor set-up", "\0" }, { "sign-in", "\0" }, { "new organisation", "\u0008" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_control_character_in_a_text_field_gets_the_form_back_with_the_fields_message(string form, string character)
    {
        var (who, page, action) = await WhereAsync(form);
        var browser = who is null ? Browser.For(app) : await Browser.SignedInAsync(app, who);
        var html = await browser.GetPageAsync(page);
        var (fields, textField) = PageForm.Read(html, action);
        Assert.NotNull(textField);
        var index = fields.FindIndex(f => f.Key == textField);
        fields[index] = new(textField, "Before" + character + "after");
        var auditBefore = await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(Ct));

        var response = await browser.PostFromAsync(html, action, fields.Where(f => f.Key != "__RequestVerificationToken"));

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{form} answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 1500)]}");
        Assert.Equal(2, Support.Forms.Occurrences(body, ControlCharacters.Message));
        Assert.Contains($"href=\"#{textField.Replace('.', '-')}\"", body, StringComparison.Ordinal);
        if (who is not null) Assert.Equal(auditBefore, await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(Ct)));
    }

    [Fact]
    public async Task Autosave_refuses_a_comment_with_a_control_character_and_says_why()
    {
        var cycleId = await app.OpenDemoCycleIdAsync();
        var statement = (await app.StatementIdsAsync(cycleId, 1))[0];
        var chair = await Browser.SignedInAsync(app, Demo.Chair);
        var response = await chair.AutosaveAsync($"/respond/{cycleId}/stages/1/factors/1", $"/respond/{cycleId}/answers",
            new Dictionary<string, string> { ["StatementId"] = statement.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Rating"] = "2", ["Comment"] = "a\0b" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("hidden characters", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public void The_guard_swaps_each_NUL_for_SUB_in_place()
    {
        var body = "a=x%00y&b=z\0"u8.ToArray();
        ControlCharacters.ReplaceNul(body);
        Assert.Equal("a=x%1Ay&b=z\u001a", System.Text.Encoding.UTF8.GetString(body));
    }

    private async Task<(string? Who, string Page, string Action)> WhereAsync(string form)
    {
        switch (form)
        {
            case "action": return (Demo.Lead, "/actions/new", "/actions/new");
            case "action progress":
                var actionId = await app.QueryAsync(db => db.Actions.IgnoreQueryFilters().OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(Ct));
                return (Demo.Lead, $"/actions/{actionId}", $"/actions/{actionId}/progress");
            case "story": return (Demo.Lead, "/stories/new", "/stories/new");
            case "agreed position":
                var cycleId = await app.OpenDemoCycleIdAsync();
                var statement = (await app.StatementIdsAsync(cycleId, 2))[5];
                return (Demo.Lead, $"/cycles/{cycleId}/positions/{statement}", $"/cycles/{cycleId}/positions/{statement}");
            case "EDS engagement event":
                var lead = await app.LeadAsync();
                var edsCycle = await app.NewAssessmentAsync(lead, "Control characters EDS");
                return (Demo.Lead, $"/cycles/{edsCycle}/eds/engagement/events/new", $"/cycles/{edsCycle}/eds/engagement/events/new");
            case "board development session": return (Demo.Lead, "/board-development/new", "/board-development/new");
            case "cycle": return (Demo.Lead, "/cycles/new", "/cycles/new");
            case "invitation": return (DemoData.TrustAdminEmail, "/admin/users/invite", "/admin/users/invite");
            case "organisation settings": return (DemoData.TrustAdminEmail, "/admin/organisation", "/admin/organisation");
            case "two-factor set-up": return (Demo.NedAudit, "/account/two-factor-setup", "/account/two-factor-setup");
            case "sign-in": return (null, "/account/sign-in", "/account/sign-in/continue"); // the email step comes first
            case "new organisation": return (DemoData.PlatformAdminEmail, "/platform/organisations/new", "/platform/organisations/new");
            default: throw new ArgumentOutOfRangeException(nameof(form));
        }
    }
}
