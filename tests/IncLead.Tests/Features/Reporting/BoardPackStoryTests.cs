using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Stories;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Reporting;

/// <summary>Stories in the board pack follow the story visibility rule: a board member's pack never holds a story meant for the equality lead only.</summary>
public sealed class BoardPackStoryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string BoardStory = "Waiting room welcome for carers";
    private const string LeadOnlyStory = "Grievance about a named ward manager";
    private const string LeadOnlyPhrase = "told me in confidence that the rota";

    private Task AddStoryAsync(string title, string narrative, StoryVisibility visibility) => app.QueryAsync(async db =>
    {
        var organisation = await db.Organisations.Where(o => o.OdsCode == DemoData.OdsCode).Select(o => o.Id).SingleAsync();
        var lead = await db.Users.Where(u => u.Email == Demo.Lead).Select(u => u.Id).SingleAsync();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var story = new Story(organisation, lead, "Jordan Ellis", now);
        story.Tell(title, narrative, StoryVoice.StaffMember, false, 2, ProtectedCharacteristics.None, null, "Jordan Ellis", now);
        story.SetConsent(true, "Consent recorded on the form.", lead, "Jordan Ellis", now);
        story.Share(visibility, "Jordan Ellis", now);
        db.Stories.Add(story);
        return await db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_story_for_the_equality_lead_only_is_not_in_a_board_members_pack_while_a_board_story_is()
    {
        // Both have consent, so only the visibility rule can keep the second one out.
        await AddStoryAsync(BoardStory, "The reception team learned every carer's name and it changed how visits felt.", StoryVisibility.Board);
        await AddStoryAsync(LeadOnlyStory, $"A nurse {LeadOnlyPhrase} was always given to the same staff.", StoryVisibility.EqualityLeadOnly);
        var id = await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().Where(c => c.State == CycleState.SignedOff && c.Name == "2025/26").Select(c => c.Id).SingleAsync());

        var chair = await Browser.SignedInAsync(app, Demo.Chair);
        var text = ReportPdf.Text(await chair.DownloadAsync($"/cycles/{id}/reports/board-pack.pdf", "riverside-board-pack-2025-26.pdf"));

        Assert.Contains(BoardStory, text, StringComparison.Ordinal);
        Assert.DoesNotContain(LeadOnlyStory, text, StringComparison.Ordinal);
        Assert.DoesNotContain(LeadOnlyPhrase, text, StringComparison.Ordinal);
    }
}
