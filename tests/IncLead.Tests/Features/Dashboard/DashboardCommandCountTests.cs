using IncLead.Tests.Support;
using IncLead.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Features.Dashboard;

/// <summary>
/// The app with every SQL command counted (the cycles feature's counter, reused), and two organisations: one with
/// three cycles (so that even the board member's latest released cycle has one before it to compare with), one with
/// ten years of history; 12 board members who answered everything and 200 actions each.
/// </summary>
public sealed class HistoryFactory : AppFactory, IAsyncLifetime
{
    public CommandCounter Commands { get; } = new();
    public History.Built ThreeCycles { get; private set; } = null!;
    public History.Built TenCycles { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Commands)));
    }

    public async ValueTask InitializeAsync()
    {
        ThreeCycles = await History.CreateAsync(Services, "ZHA", cycles: 3);
        TenCycles = await History.CreateAsync(Services, "ZHB", cycles: 10);
    }
}

/// <summary>The dashboard stays flat as history grows: the same SQL commands with three cycles as with ten (no query per cycle or per action).</summary>
public sealed class DashboardCommandCountTests(HistoryFactory app) : IClassFixture<HistoryFactory>
{
    private async Task<(int Commands, string Page)> MeasureAsync(string email, string url)
    {
        var browser = Browser.For(app);
        await browser.SignInAsync(email, History.Password);
        await browser.GetPageAsync(url); // warm up: compiled queries and views
        app.Commands.Reset();
        var page = await browser.GetPageAsync(url);
        return (app.Commands.Count, page);
    }

    [Theory]
    [InlineData("lead", "/dashboard")]
    [InlineData("member0", "/dashboard")]
    [InlineData("lead", "/dashboard/trend")]
    public async Task The_page_issues_the_same_number_of_commands_with_three_cycles_and_with_ten(string person, string url)
    {
        var few = await MeasureAsync($"{person}@zha.example", url);
        var ten = await MeasureAsync($"{person}@zhb.example", url);
        Assert.Contains(url == "/dashboard" ? "<h1>Dashboard</h1>" : "<h1>Trend across all cycles</h1>", ten.Page);
        Assert.True(few.Commands == ten.Commands, $"{url}: {few.Commands} commands with three cycles, {ten.Commands} with ten");
        Assert.InRange(few.Commands, 1, 30); // a guard against a page that stopped querying at all, not a budget
    }
}
