using System.Net;
using IncLead.Tests.Features.Actions;
using IncLead.Tests.Support;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Stories;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Stories;

public sealed class StoryEditingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Dictionary<string, string> Fields(string title, string visibility = "EqualityLeadOnly", bool consent = false) => new()
    {
        ["Form.Title"] = title, ["Form.Narrative"] = "It took three phone calls to get a hearing loop switched on.", ["Form.Voice"] = "Patient",
        ["Form.Visibility"] = visibility, ["Form.StageNumber"] = "4", ["Form.Characteristics"] = "Disability", ["Form.ConsentGiven"] = consent ? "true" : "false",
    };

    private async Task<int> AddAsync(Browser browser, Dictionary<string, string> fields)
    {
        var response = await browser.SubmitAsync("/stories/new", "/stories/new", fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Adding answered {(int)response.StatusCode}: {await response.BodyAsync()}");
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task A_board_member_adds_a_story_and_consent_is_recorded_with_who_and_when()
    {
        var member = await app.SignedInAsync(Demo.FinanceDirector);
        var id = await AddAsync(member, Fields("Hearing loop", "Board", consent: true));
        var story = await app.QueryAsync(db => db.Stories.IgnoreQueryFilters().SingleAsync(s => s.Id == id));
        Assert.Equal((StoryVisibility.Board, "Priya Sharma", ProtectedCharacteristics.Disability, 4), (story.Visibility, story.ConsentRecordedByName, story.Characteristics, story.StageNumber!.Value));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, story.ConsentRecordedAt);
        Assert.Contains("Recorded by Priya Sharma", await member.GetPageAsync($"/stories/{id}"));
        Assert.Contains("story.added", await app.AuditActionsAsync());

        // Another board member may read it but not change it.
        var other = await app.SignedInAsync(Demo.NedAudit);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"/stories/{id}")).StatusCode);
        var refused = await other.SubmitAsync($"/stories/{id}", $"/stories/{id}/edit", Fields("Taken over", "Board", consent: true));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Theory]
    [InlineData("Form.Visibility", "Board", "Record the person's consent before sharing the story beyond the equality lead")]
    [InlineData("Form.Visibility", "Everyone", "Choose who can read the story")]
    [InlineData("Form.Voice", "Robot", "Choose patient, carer, staff member or community member")]
    [InlineData("Form.StageNumber", "9", "Choose a stage from 1 to 5")]
    [InlineData("Form.Characteristics", "Height", "Choose protected characteristics from the list")]
    [InlineData("Form.EdsOutcomeId", "999999", "Choose an EDS outcome from the list")]
    [InlineData("Form.Narrative", "", "Tell the story")]
    public async Task Bad_input_gets_a_clear_message_and_422_and_nothing_is_saved(string field, string value, string message)
    {
        var before = await app.QueryAsync(db => db.Stories.IgnoreQueryFilters().CountAsync());
        var lead = await app.SignedInAsync(Demo.Lead);
        var fields = Fields("Bad story");
        fields[field] = value;
        var response = await lead.SubmitAsync("/stories/new", "/stories/new", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(2, Forms.Occurrences(await response.BodyAsync(), message));
        Assert.Equal(before, await app.QueryAsync(db => db.Stories.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task An_oversized_story_is_refused()
    {
        var lead = await app.SignedInAsync(Demo.Lead);
        var fields = Fields("Long");
        fields["Form.Narrative"] = new string('a', 8001);
        var response = await lead.SubmitAsync("/stories/new", "/stories/new", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The story must be 8,000 characters or fewer", await response.BodyAsync());
    }

    [Fact]
    public async Task Two_people_editing_one_story_get_a_conflict_showing_both_versions()
    {
        var lead = await app.SignedInAsync(Demo.Lead);
        var id = await AddAsync(lead, Fields("Shared story"));
        var other = await app.SignedInAsync(Demo.Lead);
        var mine = await lead.GetPageAsync($"/stories/{id}/edit");
        var theirs = await other.GetPageAsync($"/stories/{id}/edit");
        Dictionary<string, string> Edit(string page, string title)
        {
            var f = Fields(title);
            f["Form.Version"] = Forms.Hidden(page, "Form.Version");
            return f;
        }
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostFromAsync(theirs, $"/stories/{id}/edit", Edit(theirs, "Their title"))).StatusCode);
        var conflict = await lead.PostFromAsync(mine, $"/stories/{id}/edit", Edit(mine, "My title"));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var body = await conflict.BodyAsync();
        Assert.Contains("Their title", body);
        Assert.Contains("My title", body);
        Assert.Equal("Their title", await app.QueryAsync(db => db.Stories.IgnoreQueryFilters().Where(s => s.Id == id).Select(s => s.Title).SingleAsync()));
        var again = await lead.PostFromAsync(body, $"/stories/{id}/edit", Edit(body, "My title"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("My title", await app.QueryAsync(db => db.Stories.IgnoreQueryFilters().Where(s => s.Id == id).Select(s => s.Title).SingleAsync()));
    }

    [Fact]
    public async Task Withdrawing_consent_makes_a_story_private_again()
    {
        var lead = await app.SignedInAsync(Demo.Lead);
        var id = await AddAsync(lead, Fields("Consent withdrawn", "Publishable", consent: true));
        var page = await lead.GetPageAsync($"/stories/{id}/edit");
        var fields = Fields("Consent withdrawn", "Publishable", consent: false);
        fields["Form.Version"] = Forms.Hidden(page, "Form.Version");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await lead.PostFromAsync(page, $"/stories/{id}/edit", fields)).StatusCode);
        fields["Form.Visibility"] = "EqualityLeadOnly";
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFromAsync(page, $"/stories/{id}/edit", fields)).StatusCode);
        var story = await app.QueryAsync(db => db.Stories.IgnoreQueryFilters().SingleAsync(s => s.Id == id));
        Assert.Equal((StoryVisibility.EqualityLeadOnly, false), (story.Visibility, story.HasConsent));
    }
}
