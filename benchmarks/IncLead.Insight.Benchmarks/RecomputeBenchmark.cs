using System.Diagnostics;
using System.Globalization;
using IncLead.Dashboard.Benchmarks;
using IncLead.Web.Data;
using IncLead.Web.Features.Benchmark;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Insight.Benchmarks;

/// <summary>
/// The time <see cref="BenchmarkSharing.RecomputeAsync"/> takes to rebuild every benchmark figure, with a tenth of the
/// organisations (the baseline, measured in the same run) and then with all of them, each organisation having three
/// signed-off cycles. Prints a Markdown table with the ratio and the load average for docs/benchmarks.md.
/// Usage: dotnet run -c Release --project benchmarks/IncLead.Insight.Benchmarks -- [organisations, default 200] [repeats, default 20]
/// </summary>
public static class RecomputeBenchmark
{
    public static async Task Main(string[] args)
    {
        var organisations = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var baseline = Math.Max(1, organisations / 10);

        await using var app = new BenchmarkApp();
        app.Start();
        var rows = new List<string>();
        var medians = new List<double>();
        var seeded = 0;
        foreach (var size in new[] { baseline, organisations })
        {
            var setup = Stopwatch.StartNew();
            await RecomputeSeed.AddAsync(app.Services, seeded, size - seeded);
            seeded = size;
            Console.Error.WriteLine($"{size} organisations seeded and shared ({setup.Elapsed.TotalSeconds:0.0} s)");
            var load = LoadAverage();
            var (times, commands, figures, contributions) = await MeasureAsync(app, repeats);
            var median = Percentile(times, 0.5);
            medians.Add(median);
            rows.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {size} | {contributions} | {figures} | {commands} | {median:0.0} ms | {times.Min():0.0}–{times.Max():0.0} ms | {Percentile(times, 0.9):0.0} ms | {load} |"));
        }

        Console.WriteLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores; {repeats} recomputations each after 3 warm-up runs, three signed-off cycles per organisation.");
        Console.WriteLine();
        Console.WriteLine("| Organisations | Contributions read | Figures stored | SQL commands | Median | Range | p90 | Load average |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var row in rows) Console.WriteLine(row);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Ratio of medians, {organisations} / {baseline} organisations: {medians[1] / medians[0]:0.00}"));
    }

    private static async Task<(List<double> Times, int Commands, int Figures, int Contributions)> MeasureAsync(BenchmarkApp app, int repeats)
    {
        var times = new List<double>();
        int commands = 0, figures = 0;
        for (var i = 0; i < repeats + 3; i++)
        {
            // A fresh scope and context each time, as a request or the opt-in page would have.
            using var scope = app.Services.CreateScope();
            var sharing = scope.ServiceProvider.GetRequiredService<BenchmarkSharing>();
            app.Commands.Reset();
            var watch = Stopwatch.StartNew();
            figures = await sharing.RecomputeAsync();
            watch.Stop();
            commands = app.Commands.Count;
            if (i >= 3) times.Add(watch.Elapsed.TotalMilliseconds);
        }
        using var count = app.Services.CreateScope();
        var contributions = await count.ServiceProvider.GetRequiredService<AppDbContext>().BenchmarkContributions.IgnoreQueryFilters().CountAsync();
        return (times, commands, figures, contributions);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
