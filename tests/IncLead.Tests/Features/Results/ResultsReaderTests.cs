using System.Text.Json;
using IncLead.Tests.Support;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Results;
using IncLead.Web.Features.SignOffs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Features.Results;

/// <summary>
/// Two organisations with every SQL command counted: one with a single open cycle and three board members, one with
/// six cycles (five signed off) and twelve board members.
/// </summary>
public sealed class ReaderFactory : AppFactory, IAsyncLifetime
{
    public CommandCounter Commands { get; } = new();
    public History.Built Small { get; private set; } = null!;
    public History.Built Large { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Commands)));
    }

    public async ValueTask InitializeAsync()
    {
        Small = await History.CreateAsync(Services, "ZRA", cycles: 1, members: 3, actions: 5);
        Large = await History.CreateAsync(Services, "ZRB", cycles: 6, members: 12, actions: 5);
    }
}

/// <summary>
/// The one results read model: the same SQL commands for one cycle as for six, for three respondents as for twelve;
/// signed-off cycles read from their latest snapshot, the rest calculated exactly as the calculator does.
/// </summary>
public sealed class ResultsReaderTests(ReaderFactory app) : IClassFixture<ReaderFactory>
{
    private Task<T> AsLeadAsync<T>(History.Built organisation, Func<IServiceProvider, ResultsReader, Task<T>> work) =>
        app.AsMemberAsync(organisation.LeadEmail, (services, _) => work(services, services.GetRequiredService<ResultsReader>()));

    private Task<(int Commands, IReadOnlyList<CycleReading> Readings)> MeasureAsync(History.Built organisation, Func<List<Cycle>, List<Cycle>> choose) =>
        AsLeadAsync(organisation, async (_, reader) =>
        {
            var cycles = choose(await reader.CyclesWithResultsAsync());
            await reader.ReadAsync(cycles); // warm up: compiled queries
            app.Commands.Reset();
            var readings = await reader.ReadAsync(cycles);
            return (app.Commands.Count, readings);
        });

    [Fact]
    public async Task Reading_one_cycle_or_many_sends_the_same_commands_whatever_the_respondents()
    {
        var one = await MeasureAsync(app.Small, all => all);
        var many = await MeasureAsync(app.Large, all => all);
        Assert.Single(one.Readings);
        Assert.Equal(6, many.Readings.Count);
        Assert.Equal(5, many.Readings.Count(r => r.Frozen));
        Assert.Equal(ResultsReader.MaxQueries, one.Commands);
        Assert.Equal(ResultsReader.MaxQueries, many.Commands);
    }

    [Fact]
    public async Task Signed_off_cycles_alone_take_one_command_however_many()
    {
        var one = await MeasureAsync(app.Large, all => [all[0]]);
        var five = await MeasureAsync(app.Large, all => [.. all.Where(c => c.State == CycleState.SignedOff)]);
        Assert.Equal(1, one.Commands);
        Assert.Equal(1, five.Commands);
        Assert.Equal(5, five.Readings.Count);
    }

    [Fact]
    public async Task A_signed_off_cycle_reads_its_latest_snapshot_and_an_open_one_is_calculated_as_the_calculator_does()
    {
        var (readings, latestSnapshot, calculated) = await AsLeadAsync(app.Large, async (services, reader) =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var cycles = await reader.CyclesWithResultsAsync();
            var readings = await reader.ReadAsync(cycles);
            var first = cycles[0].Id;
            var json = await db.SignOffs.Where(s => s.CycleId == first).OrderByDescending(s => s.Version).Select(s => s.Snapshot).FirstAsync();
            var calculated = await services.GetRequiredService<ResultsCalculator>().CalculateAsync(cycles[^1].Id);
            return (readings, SignOffSnapshot.FromJson(json), calculated!);
        });
        Assert.Equal(Json(latestSnapshot.Results), Json(readings[0].Results));
        Assert.Equal(latestSnapshot.MinuteReference, readings[0].SignedOff!.MinuteReference);
        Assert.False(readings[^1].Frozen);
        Assert.Equal(Json(calculated), Json(readings[^1].Results));
    }

    [Fact]
    public async Task The_previous_cycle_is_read_with_the_current_one()
    {
        var (current, previous) = await AsLeadAsync(app.Large, async (_, reader) =>
        {
            var cycles = await reader.CyclesWithResultsAsync();
            return await reader.ReadWithPreviousAsync(cycles[^1]);
        });
        Assert.False(current.Frozen);
        Assert.NotNull(previous);
        Assert.True(previous.Frozen);
        Assert.Equal(current.Cycle.PreviousCycleId, previous.Cycle.Id);
    }

    [Fact]
    public async Task A_signed_off_snapshot_is_parsed_once_and_shared_by_later_requests()
    {
        Task<CycleReading> ReadFirstAsync() => AsLeadAsync(app.Large, async (_, reader) => await reader.ReadAsync((await reader.CyclesWithResultsAsync())[0]));
        var first = await ReadFirstAsync();
        var second = await ReadFirstAsync();
        Assert.True(first.Frozen);
        Assert.Same(first.SignedOff, second.SignedOff);
    }

    private static string Json(CycleResults results) => JsonSerializer.Serialize(results);
}
