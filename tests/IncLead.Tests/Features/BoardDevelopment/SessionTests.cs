using System.Net;
using IncLead.Tests.Features.Actions;
using IncLead.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.BoardDevelopment;

public sealed class SessionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_framework_import_keeps_the_toolkits_sample_session()
    {
        // Each version of the framework carries the toolkit's sample session.
        var templates = await app.QueryAsync(db => db.BoardSessionTemplates.ToListAsync());
        Assert.Equal(2, templates.Count);
        Assert.All(templates, template =>
        {
            Assert.Equal(2, template.Aims.Count);
            Assert.Equal(5, template.Agenda.Count);
            Assert.Equal(135, template.Agenda.Sum(a => a.Minutes));
            Assert.Equal(4, template.LearningObjectives.Count);
            Assert.Equal("000", template.Source.Document);
        });
    }

    [Fact]
    public async Task A_new_session_starts_from_the_sample_agenda_and_is_saved_with_attendees()
    {
        var lead = await app.SignedInAsync(Demo.Lead);
        var form = System.Net.WebUtility.HtmlDecode(await lead.GetPageAsync("/board-development/new"));
        Assert.Contains("Facilitate a discussion about the value of inclusion", form);
        Assert.Contains("The business case for inclusion", form);
        Assert.Contains("Understand the current legislative and policy drivers for inclusion.", form);

        var fields = new Dictionary<string, string>
        {
            ["Form.Title"] = "Inclusion session for the new board", ["Form.HeldOn"] = app.Day(30), ["Form.Venue"] = "Riverside House",
            ["Form.Aims"] = "Agree what inclusion means to us\nHear from staff networks", ["Form.LearningObjectives"] = "Explain the business case",
            ["Form.Agenda[0].Minutes"] = "45", ["Form.Agenda[0].Text"] = "What inclusion means to us", ["Form.Agenda[0].LedBy"] = "Chair",
            ["Form.Agenda[1].Minutes"] = "30", ["Form.Agenda[1].Text"] = "Stories from staff networks",
            ["Form.Agenda[2].Minutes"] = "", ["Form.Agenda[2].Text"] = "",
            ["Form.AttendeeUserIds"] = await app.UserIdAsync(Demo.Chair),
        };
        var created = await lead.SubmitAsync("/board-development/new", "/board-development/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        var page = await lead.GetPageAsync(url);
        Assert.Contains("Stories from staff networks", page);
        Assert.Contains("Margaret Okafor", page);

        var agenda = await lead.GetPageAsync(url + "/agenda");
        Assert.Contains("app-printable", agenda);
        Assert.Contains("data-app-print", agenda);
        Assert.Contains("0:45", agenda);
        Assert.Contains("75", agenda);
        Assert.Contains("board-session.planned", await app.AuditActionsAsync());
    }

    [Fact]
    public async Task Two_leads_editing_one_session_get_a_conflict_keeping_theirs_and_showing_mine()
    {
        var first = await app.SignedInAsync(Demo.Lead);
        var created = await first.SubmitAsync("/board-development/new", "/board-development/new", new Dictionary<string, string>
            { ["Form.Title"] = "Shared session", ["Form.HeldOn"] = app.Day(20), ["Form.Agenda[0].Minutes"] = "30", ["Form.Agenda[0].Text"] = "Item" });
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var second = await app.SignedInAsync(Demo.Lead);
        var firstPage = await first.GetPageAsync($"/board-development/{id}/edit");
        var secondPage = await second.GetPageAsync($"/board-development/{id}/edit");
        Dictionary<string, string> Fields(string page, string title) => new()
        {
            ["Form.Title"] = title, ["Form.HeldOn"] = app.Day(20), ["Form.Agenda[0].Minutes"] = "30", ["Form.Agenda[0].Text"] = "Item",
            ["Form.Version"] = Forms.Hidden(page, "Form.Version"),
        };

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFromAsync(firstPage, $"/board-development/{id}/edit", Fields(firstPage, "The first lead's title"))).StatusCode);
        var conflict = await second.PostFromAsync(secondPage, $"/board-development/{id}/edit", Fields(secondPage, "The second lead's title"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var body = System.Net.WebUtility.HtmlDecode(await conflict.BodyAsync());
        Assert.Contains("saved this session while you were editing it", body);
        Assert.Contains("The second lead's title", body);
        Assert.Equal("The first lead's title", await app.QueryAsync(db => db.BoardDevelopmentSessions.IgnoreQueryFilters().Where(s => s.Id == id).Select(s => s.Title).SingleAsync()));
    }

    [Theory]
    [InlineData("Form.HeldOn", "next Tuesday", "The date of the session must be a real date")]
    [InlineData("Form.Agenda[0].Minutes", "lots", "Enter the minutes for agenda item 1 as a number from 1 to 480")]
    [InlineData("Form.Agenda[0].Text", "", "Enter at least one agenda item")]
    [InlineData("Form.AttendeeUserIds", "someone-else", "Attendees must be members of your organisation")]
    public async Task Bad_input_gets_a_clear_message_and_422(string field, string value, string message)
    {
        var before = await app.QueryAsync(db => db.BoardDevelopmentSessions.IgnoreQueryFilters().CountAsync());
        var lead = await app.SignedInAsync(Demo.Lead);
        var fields = new Dictionary<string, string> { ["Form.Title"] = "Session", ["Form.HeldOn"] = app.Day(10), ["Form.Agenda[0].Minutes"] = "30", ["Form.Agenda[0].Text"] = "Item" };
        fields[field] = value;
        var response = await lead.SubmitAsync("/board-development/new", "/board-development/new", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(2, Forms.Occurrences(await response.BodyAsync(), message));
        Assert.Equal(before, await app.QueryAsync(db => db.BoardDevelopmentSessions.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Board_members_read_sessions_but_only_the_lead_plans_them_and_other_organisations_sessions_are_404()
    {
        var other = await OtherOrganisation.CreateAsync(app, "ZHS");
        var member = await app.SignedInAsync(Demo.NedAudit);
        var list = await member.GetPageAsync("/board-development");
        Assert.Contains("Board development session on inclusion", list);
        Assert.DoesNotContain("Plan a session", list);
        Assert.Contains("/account/access-denied", (await member.GetAsync("/board-development/new")).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/board-development/{other.SessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/board-development/{other.SessionId}/agenda")).StatusCode);
        var lead = await app.SignedInAsync(Demo.Lead);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/board-development/{other.SessionId}/edit")).StatusCode);
    }

    [Fact]
    public async Task The_demo_session_was_held_with_attendees_and_outcomes()
    {
        var lead = await app.SignedInAsync(Demo.Lead);
        var id = await app.QueryAsync(db => db.BoardDevelopmentSessions.IgnoreQueryFilters().OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var page = await lead.GetPageAsync($"/board-development/{id}");
        Assert.Contains("held", page);
        Assert.Contains("shared statement of values", page);
        Assert.Contains("Margaret Okafor", page);
    }
}
