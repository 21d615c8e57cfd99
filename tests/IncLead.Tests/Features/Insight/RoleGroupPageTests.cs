using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Domain.Scoring;

namespace IncLead.Tests.Features.Insight;

public sealed class RoleGroupPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string MedicalDirector = "medical.director@riverside.example";
    private const string NedQuality = "ned.quality@riverside.example";

    [Fact]
    public async Task Executives_and_non_executives_are_compared_and_small_groups_are_hidden_with_a_reason()
    {
        var cycleId = await app.CreateOpenCycleAsync("By role", Demo.ChiefExecutive, Demo.FinanceDirector, MedicalDirector, Demo.Chair, Demo.NedAudit, NedQuality);
        var statements = await app.StatementIdsAsync(cycleId, 1);
        var (wide, chairOnly) = (statements[0], statements[1]);
        foreach (var exec in new[] { Demo.ChiefExecutive, Demo.FinanceDirector, MedicalDirector })
            await app.AddAsync(cycleId, exec, new Dictionary<int, Rating?> { [wide] = Rating.Excelling, [chairOnly] = Rating.Achieving });
        await app.AddAsync(cycleId, Demo.Chair, new Dictionary<int, Rating?> { [wide] = Rating.Undeveloped }, "Said among three non-executives");
        await app.AddAsync(cycleId, Demo.Chair, new Dictionary<int, Rating?> { [chairOnly] = Rating.Undeveloped }, "The chair's own words");
        foreach (var ned in new[] { Demo.NedAudit, NedQuality })
            await app.AddAsync(cycleId, ned, new Dictionary<int, Rating?> { [wide] = Rating.Developing, [chairOnly] = Rating.DontKnow });
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);

        var page = await lead.GetPageAsync($"/cycles/{cycleId}/groups");

        var differMost = page.Split("id=\"differ-most-table\"")[1].Split("</table>")[0];
        Assert.Contains("3.0", differMost);   // executives all Excelling
        Assert.Contains("0.7", differMost);   // non-executives 0, 1, 1
        Assert.Contains("&#x2B;2.3", differMost);   // "+" as Razor encodes it
        Assert.Contains("Hidden: fewer than 3 people in this group rated it", page);
        Assert.Contains("Hidden so that a smaller group&#x27;s answers cannot be worked out", page);
        Assert.Contains("Said among three non-executives", page);
        Assert.DoesNotContain("own words", page);
        Assert.DoesNotContain("Margaret Okafor", page.Split("<main")[1]);
    }

    [Fact]
    public async Task Board_members_cannot_see_groups_before_release()
    {
        var cycleId = await app.CreateOpenCycleAsync("By role unreleased", Demo.FinanceDirector);
        var member = Browser.For(app);
        await member.SignInAsync(Demo.FinanceDirector);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/cycles/{cycleId}/groups")).StatusCode);
    }
}
