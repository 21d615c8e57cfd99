using IncLead.Tests.Support;
using IncLead.Web.Data;
using IncLead.Web.Domain.Scoring;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Features.Performance;

public sealed class CountingAppFactory : AppFactory
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Commands)));
    }

    /// <summary>The commands of a second, warm request to the page (the first fills caches and compiles queries).</summary>
    public async Task<int> CommandsForAsync(Browser browser, string url)
    {
        await browser.GetPageAsync(url);
        Commands.Reset();
        await browser.GetPageAsync(url);
        return Commands.Count;
    }
}

public sealed class QueryCountTests(CountingAppFactory app) : IClassFixture<CountingAppFactory>
{
    private static readonly string[] Board =
    [
        Demo.Chair, Demo.ChiefExecutive, Demo.FinanceDirector, "medical.director@riverside.example", "nursing.director@riverside.example",
        Demo.NedAudit, "ned.quality@riverside.example", "ned.people@riverside.example",
    ];

    private async Task<int> CycleWithAnswersAsync(string name, int respondents)
    {
        var emails = Board.Take(respondents).ToArray();
        var cycleId = await app.CreateOpenCycleAsync(name, emails);
        var ids = await app.StatementIdsAsync(cycleId, 1);
        foreach (var (email, i) in emails.Select((e, i) => (e, i)))
            await app.AddAsync(cycleId, email, ids.ToDictionary(id => id, id => (Rating?)(Rating)((id + i) % 4)), "A comment");
        return cycleId;
    }

    [Fact]
    public async Task The_stage_page_and_the_results_pages_use_the_same_number_of_queries_for_three_or_eight_respondents()
    {
        var few = await CycleWithAnswersAsync("Few", 3);
        var many = await CycleWithAnswersAsync("Many", 8);
        var member = Browser.For(app);
        await member.SignInAsync(Demo.Chair);
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);

        foreach (var path in new[] { "/respond/{0}/stages/1/factors/1", "/respond/{0}" })
        {
            var a = await app.CommandsForAsync(member, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, few));
            var b = await app.CommandsForAsync(member, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, many));
            Assert.True(a > 0, "the counter saw no commands");
            Assert.Equal(a, b);
        }
        // A factor page seen again within seconds reuses who the person is in the cycle and reads only their answers
        // (RespondentAccess.LoadForPageAsync); whether the stage is complete is asked on its last factor only.
        Assert.Equal(1, await app.CommandsForAsync(member, $"/respond/{few}/stages/1/factors/1"));
        foreach (var path in new[] { "/cycles/{0}/results", "/cycles/{0}/results/stages/1", "/cycles/{0}/consensus", "/cycles/{0}/completion" })
        {
            var a = await app.CommandsForAsync(lead, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, few));
            var b = await app.CommandsForAsync(lead, string.Format(System.Globalization.CultureInfo.InvariantCulture, path, many));
            Assert.Equal(a, b);
            Assert.True(a <= 16, $"{path} sent {a} commands");
        }
    }
}
