using System.Net;
using IncLead.Tests.Features.Actions;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Domain.Stories;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Stories;

/// <summary>The demo's three stories (board, equality lead only, publishable), another organisation, and an action raised from the private story.</summary>
public sealed class StoriesFactory : AppFactory, IAsyncLifetime
{
    public OtherOrganisation Other { get; private set; } = null!;
    public IReadOnlyDictionary<StoryVisibility, (int Id, string Title, string Phrase)> Stories { get; private set; } = null!;
    public int ActionFromPrivateStory { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Other = await OtherOrganisation.CreateAsync(this);
        var stories = await this.QueryAsync(db => db.Stories.IgnoreQueryFilters().Where(s => s.OrganisationId != Other.Id).ToListAsync());
        Stories = stories.ToDictionary(s => s.Visibility, s => (s.Id, s.Title, s.Narrative[..40]));
        ActionFromPrivateStory = await this.RaiseAsync("Raised from a private story", Demo.Chair,
            extra: new Dictionary<string, string> { ["Form.StoryId"] = Stories[StoryVisibility.EqualityLeadOnly].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }
}

/// <summary>
/// Who can read which story, by every route: the list, the story page, its edit page, the CSV export, the dashboard,
/// and the action raised from it. A story someone may not read is answered exactly as one that does not exist.
/// </summary>
public sealed class StoryVisibilityTests(StoriesFactory app) : IClassFixture<StoriesFactory>
{
    public static TheoryData<string, StoryVisibility[]> Readers => new()
    {
        { DemoData.EqualityLeadEmail, [StoryVisibility.EqualityLeadOnly, StoryVisibility.Board, StoryVisibility.Publishable] },
        { Demo.NedAudit, [StoryVisibility.Board, StoryVisibility.Publishable] },
        { DemoData.TrustAdminEmail, [StoryVisibility.Publishable] },
        { "board@zhl.example", [] },
    };

    private async Task<Browser> AsAsync(string email) => email == app.Other.MemberEmail
        ? await app.SignedInAsync(email, OtherOrganisation.Password)
        : await app.SignedInAsync(email);

    [Theory, MemberData(nameof(Readers))]
    public async Task Each_role_reads_exactly_the_stories_it_may_on_every_page(string email, StoryVisibility[] readable)
    {
        var reader = await AsAsync(email);
        var list = await reader.GetPageAsync("/stories");
        var csv = await reader.GetPageAsync("/stories/export.csv");
        foreach (var (visibility, story) in app.Stories)
        {
            var may = readable.Contains(visibility);
            Assert.True(may == list.Contains(story.Title, StringComparison.Ordinal), $"{email} list, {visibility}");
            Assert.True(may == csv.Contains(story.Title, StringComparison.Ordinal), $"{email} export, {visibility}");
            var page = await reader.GetAsync($"/stories/{story.Id}");
            Assert.True((may ? HttpStatusCode.OK : HttpStatusCode.NotFound) == page.StatusCode, $"{email} page, {visibility}: {(int)page.StatusCode}");
            if (!may) Assert.DoesNotContain(story.Phrase, await page.BodyAsync());
            var edit = await reader.GetAsync($"/stories/{story.Id}/edit");
            // Only equality leads (and a story's own author) may change it; the trust admin's role cannot reach the page at all.
            var expected = email == DemoData.EqualityLeadEmail ? HttpStatusCode.OK : email == DemoData.TrustAdminEmail ? HttpStatusCode.Redirect : may ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound;
            Assert.True(expected == edit.StatusCode, $"{email} edit, {visibility}: {(int)edit.StatusCode}");
            if (!may) Assert.DoesNotContain(story.Phrase, await edit.BodyAsync());
        }
    }

    [Fact]
    public async Task A_story_for_the_equality_lead_only_is_invisible_to_a_board_member_by_every_route()
    {
        var (id, title, phrase) = app.Stories[StoryVisibility.EqualityLeadOnly];
        var member = await app.SignedInAsync(Demo.Chair);
        var pages = new[] { "/stories", "/stories/export.csv", "/dashboard", "/actions", $"/actions/{app.ActionFromPrivateStory}", "/actions/export.csv", "/" };
        foreach (var url in pages)
        {
            var body = await member.GetPageAsync(url);
            Assert.DoesNotContain(title, body);
            Assert.DoesNotContain(phrase, body);
            Assert.DoesNotContain($"/stories/{id}", body);
        }
        Assert.DoesNotContain("A story", await member.GetPageAsync($"/actions?owner={await app.UserIdAsync(Demo.Chair)}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/stories/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/stories/{id}/edit")).StatusCode);
        var post = await member.SubmitAsync("/stories", $"/stories/{id}/edit", new Dictionary<string, string> { ["Form.Title"] = "Changed", ["Form.Narrative"] = "x", ["Form.Voice"] = "Patient", ["Form.Visibility"] = "Board" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(title, await app.QueryAsync(db => db.Stories.IgnoreQueryFilters().Where(s => s.Id == id).Select(s => s.Title).SingleAsync()));

        // The equality lead sees the same action's story.
        var lead = await app.SignedInAsync(Demo.Lead);
        Assert.Contains(title, await lead.GetPageAsync($"/actions/{app.ActionFromPrivateStory}"));
    }

    [Fact]
    public async Task Another_organisations_story_answers_404_to_everyone_here()
    {
        var lead = await app.SignedInAsync(Demo.Lead);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/stories/{app.Other.StoryId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync($"/stories/{app.Other.StoryId}/edit")).StatusCode);
        Assert.DoesNotContain("Hilltop secret story", await lead.GetPageAsync("/stories"));
        Assert.DoesNotContain("Hilltop secret story", await lead.GetPageAsync("/stories/export.csv"));
        Assert.DoesNotContain("Hilltop secret story", await lead.GetPageAsync("/dashboard"));
    }

    [Fact]
    public async Task A_trust_admin_without_other_roles_cannot_open_the_dashboard_or_add_stories()
    {
        var admin = await app.SignedInAsync(DemoData.TrustAdminEmail);
        Assert.Contains("/account/access-denied", (await admin.GetAsync("/dashboard")).Headers.Location?.OriginalString);
        Assert.Contains("/account/access-denied", (await admin.GetAsync("/stories/new")).Headers.Location?.OriginalString);
        Assert.DoesNotContain("Add a story", await admin.GetPageAsync("/stories"));
    }
}
