using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Domain.Eds;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Eds;

public sealed class EngagementTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> CheckIdAsync(string code) =>
        app.QueryAsync(db => db.CommunityEngagementChecks.Where(c => c.Code == code).OrderByDescending(c => c.FrameworkId).Select(c => c.Id).FirstAsync(Ct));

    [Fact]
    public async Task The_toolkits_eleven_item_check_list_is_tracked_per_cycle()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, "Check list");
        var page = await lead.GetPageAsync($"/cycles/{cycleId}/eds/engagement");
        for (var n = 1; n <= 11; n++) Assert.Contains($">CE{n:00}</a>", page);
        Assert.Contains("0 of 11 items are done", page);

        var url = $"/cycles/{cycleId}/eds/engagement/checks/{await CheckIdAsync("CE07")}";
        var saved = await lead.SubmitAsync(url, url, [new("Form.Status", "Done"), new("Form.Evidence", "Two non-executives attended the Deaf community workshop."), new("Form.DoneOn", "2026-11-20")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await lead.GetPageAsync($"/cycles/{cycleId}/eds/engagement");
        Assert.Contains("1 of 11 items are done", after);
        Assert.Contains("Two non-executives attended the Deaf community workshop.", after);
        Assert.Contains("20 November 2026", after);
        Assert.Contains("eds.engagement-check-recorded", await app.AuditActionsAsync());
    }

    [Fact]
    public async Task An_engagement_event_records_groups_characteristics_board_members_and_feedback()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, "Events");
        var url = $"/cycles/{cycleId}/eds/engagement/events/new";
        var saved = await lead.SubmitAsync(url, url,
        [
            new("Form.Title", "Grading workshop with the Deaf community"), new("Form.HeldOn", "2026-11-18"), new("Form.Kind", "GradingEvent"),
            new("Form.GroupsReached", "Riverside Deaf Club, Healthwatch"), new("Form.ProtectedCharacteristics", "disability"), new("Form.ProtectedCharacteristics", "age"),
            new("Form.BoardMemberUserIds", await app.UserIdAsync(Demo.Chair)), new("Form.BoardMemberUserIds", await app.UserIdAsync(Demo.NedAudit)),
            new("Form.FeedbackGivenOn", "2026-12-02"), new("Form.Notes", "BSL interpreters booked."),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await lead.GetPageAsync($"/cycles/{cycleId}/eds/engagement");
        Assert.Contains("Grading workshop with the Deaf community", page);
        Assert.Contains("Margaret Okafor", page);
        Assert.Contains("Robert Williams", page);
        Assert.Contains("Protected characteristics represented: Age, Disability", page);
        Assert.Contains("2 December 2026", page);
        var stored = await app.QueryAsync(db => db.EngagementEvents.IgnoreQueryFilters().Include(e => e.BoardMembersPresent).SingleAsync(e => e.Title == "Grading workshop with the Deaf community", Ct));
        Assert.Equal(EngagementKind.GradingEvent, stored.Kind);
        Assert.Equal(2, stored.BoardMembersPresent.Count);
    }

    public static TheoryData<string, string, string> BadEvents => new()
    {
        { "Form.HeldOn", "2026-13-01", "The date of the event must be a real date" },
        { "Form.FeedbackGivenOn", "2026-11-01", "Feedback cannot be given before the event" },
        { "Form.Kind", "Party", "is not a valid value" },
        { "Form.Kind", "99", "is not a valid value" },
        { "Form.BoardMemberUserIds", "someone-from-another-organisation", "Choose board members of your organisation from the list" },
        { "Form.ProtectedCharacteristics", "height", "Choose protected characteristics from the list" },
        { "Form.GroupsReached", "", "Enter the groups the event reached" },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    public async Task A_bad_event_is_refused_with_422_and_changes_nothing(string field, string value, string message)
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, $"Bad event {field} {value}");
        var fields = new Dictionary<string, string>
        {
            ["Form.Title"] = "Should not be saved", ["Form.HeldOn"] = "2026-11-18", ["Form.Kind"] = "Workshop", ["Form.GroupsReached"] = "Healthwatch",
            ["Form.FeedbackGivenOn"] = "",
        };
        fields[field] = value;
        var url = $"/cycles/{cycleId}/eds/engagement/events/new";
        var response = await lead.SubmitAsync(url, url, fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.BodyAsync());
        Assert.Equal(0, await app.QueryAsync(db => db.EngagementEvents.IgnoreQueryFilters().CountAsync(e => e.Title == "Should not be saved", Ct)));
    }

    [Fact]
    public async Task A_check_marked_done_needs_the_date_it_was_done()
    {
        var lead = await app.LeadAsync();
        var cycleId = await app.NewAssessmentAsync(lead, "Check without date");
        var url = $"/cycles/{cycleId}/eds/engagement/checks/{await CheckIdAsync("CE01")}";
        var response = await lead.SubmitAsync(url, url, [new("Form.Status", "Done"), new("Form.Evidence", ""), new("Form.DoneOn", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Enter the date this was done", await response.BodyAsync());
        Assert.Equal(0, await app.QueryAsync(db => db.EngagementChecks.IgnoreQueryFilters().CountAsync(c => db.EdsAssessments.IgnoreQueryFilters().Any(a => a.Id == c.AssessmentId && a.CycleId == cycleId), Ct)));
    }
}
