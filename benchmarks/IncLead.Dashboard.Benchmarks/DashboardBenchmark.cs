using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using IncLead.Tests.Support;

namespace IncLead.Dashboard.Benchmarks;

/// <summary>
/// Dashboard response time and SQL command count for an organisation with 1 cycle and one with 10 cycles of history
/// (12 board members who answered every statement, 200 actions each), measured in the same process, alternating
/// between the two so that noise from other work on the machine falls on both alike. Prints a Markdown table.
/// </summary>
public static class DashboardBenchmark
{
    public static async Task Main(string[] args)
    {
        var rounds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var warmup = 30;

        await using var app = new BenchmarkApp();
        app.Start();
        var setup = Stopwatch.StartNew();
        var one = await History.CreateAsync(app.Services, "ZBA", cycles: 1);
        var ten = await History.CreateAsync(app.Services, "ZBB", cycles: 10);
        Console.Error.WriteLine($"History built in {setup.Elapsed.TotalSeconds:0.0} s");

        var pages = new[] { "/dashboard", "/dashboard/trend" };
        var people = new (string Label, string Email1, string Email10)[]
        {
            ("equality lead", one.LeadEmail, ten.LeadEmail),
            ("board member", one.BoardMemberEmail, ten.BoardMemberEmail),
        };

        Console.WriteLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}; {rounds} requests each after {warmup} warm-up requests, sequential, over loopback.");
        Console.WriteLine();
        Console.WriteLine("| Page | Viewer | Commands, 1 cycle | Commands, 10 cycles | Median, 1 cycle | Median, 10 cycles | Ratio (10 / 1) | p90 ratio |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var page in pages)
        {
            foreach (var (label, email1, email10) in people)
            {
                using var client1 = await SignedInAsync(app.BaseUrl, email1);
                using var client10 = await SignedInAsync(app.BaseUrl, email10);
                for (var i = 0; i < warmup; i++)
                {
                    await GetAsync(client1, page);
                    await GetAsync(client10, page);
                }
                var times1 = new List<double>();
                var times10 = new List<double>();
                var commands1 = new List<int>();
                var commands10 = new List<int>();
                for (var i = 0; i < rounds; i++)
                {
                    foreach (var (client, times, commands) in i % 2 == 0 ? new[] { (client1, times1, commands1), (client10, times10, commands10) } : [(client10, times10, commands10), (client1, times1, commands1)])
                    {
                        app.Commands.Reset();
                        var watch = Stopwatch.StartNew();
                        await GetAsync(client, page);
                        times.Add(watch.Elapsed.TotalMilliseconds);
                        commands.Add(app.Commands.Count);
                    }
                }
                var (m1, m10) = (Percentile(times1, 0.5), Percentile(times10, 0.5));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {page} | {label} | {Mode(commands1)} | {Mode(commands10)} | {m1:0.0} ms | {m10:0.0} ms | {m10 / m1:0.00} | {Percentile(times10, 0.9) / Percentile(times1, 0.9):0.00} |"));
            }
        }
    }

    private static async Task<HttpClient> SignedInAsync(string baseUrl, string email)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };
        var form = await client.GetStringAsync("/account/sign-in");
        var token = WebUtility.HtmlDecode(Regex.Match(form, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value);
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = History.Password, ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode}");
        return client;
    }

    private static async Task GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
        await response.Content.ReadAsByteArrayAsync();
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Round(p * (sorted.Count - 1)))];
    }

    // The usual count: a security-stamp revalidation now and then adds a query to one request, which is not the page's.
    private static int Mode(List<int> values) => values.GroupBy(v => v).OrderByDescending(g => g.Count()).First().Key;

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
