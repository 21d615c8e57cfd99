using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using IncLead.Tests.Support;

namespace IncLead.Dashboard.Benchmarks;

/// <summary>
/// Dashboard response time and SQL command count for organisations with 1, 2 and 10 cycles of history
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
        var two = await History.CreateAsync(app.Services, "ZBC", cycles: 2);
        var ten = await History.CreateAsync(app.Services, "ZBB", cycles: 10);
        Console.Error.WriteLine($"History built in {setup.Elapsed.TotalSeconds:0.0} s");

        var pages = new[] { "/dashboard", "/dashboard/trend" };
        // Two cycles as well: the dashboard compares the latest cycle with the one before, so from two cycles on it does
        // the same work however long the history, and 1 → 2 is where the second cycle's figures first appear.
        var people = new (string Label, string[] Emails)[]
        {
            ("equality lead", [one.LeadEmail, two.LeadEmail, ten.LeadEmail]),
            ("board member", [one.BoardMemberEmail, two.BoardMemberEmail, ten.BoardMemberEmail]),
        };

        Console.WriteLine($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}; {rounds} requests each after {warmup} warm-up requests, sequential, over loopback.");
        Console.WriteLine();
        Console.WriteLine("| Page | Viewer | Commands (1 / 2 / 10 cycles) | Median, 1 cycle | Median, 2 cycles | Median, 10 cycles | 10 / 1 | 10 / 2 | p90, 10 / 1 |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var page in pages)
        {
            foreach (var (label, emails) in people)
            {
                var clients = new List<HttpClient>();
                foreach (var email in emails) clients.Add(await SignedInAsync(app.BaseUrl, email));
                for (var i = 0; i < warmup; i++)
                {
                    foreach (var client in clients) await GetAsync(client, page);
                }
                var times = clients.Select(_ => new List<double>()).ToList();
                var commands = clients.Select(_ => new List<int>()).ToList();
                for (var i = 0; i < rounds; i++)
                {
                    // Rotate the order each round so drift in the machine's load falls on every case alike.
                    for (var k = 0; k < clients.Count; k++)
                    {
                        var c = (i + k) % clients.Count;
                        app.Commands.Reset();
                        var watch = Stopwatch.StartNew();
                        await GetAsync(clients[c], page);
                        times[c].Add(watch.Elapsed.TotalMilliseconds);
                        commands[c].Add(app.Commands.Count);
                    }
                }
                foreach (var client in clients) client.Dispose();
                var medians = times.Select(t => Percentile(t, 0.5)).ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {page} | {label} | {string.Join(" / ", commands.Select(Mode))} | {medians[0]:0.0} ms | {medians[1]:0.0} ms | {medians[2]:0.0} ms | {medians[2] / medians[0]:0.00} | {medians[2] / medians[1]:0.00} | {Percentile(times[2], 0.9) / Percentile(times[0], 0.9):0.00} |"));
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
