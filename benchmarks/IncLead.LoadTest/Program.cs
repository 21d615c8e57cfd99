using System.Net;
using System.Text.RegularExpressions;
using IncLead.LoadTest;
using IncLead.Web.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

// Loopback load test for the questionnaire (issue 3, "Measure"): N signed-in board members loading stage pages and
// autosaving answers, next to the sign-in page baseline measured in the same run; then the same people reading the
// newest signed-off cycle's results page (issue 12, "Measure"), again against the baseline. The app runs as its own process
// (started by benchmarks/http/stage-and-autosave.sh); this tool only talks to it over HTTP and reads its database.
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => args.ElementAtOrDefault(x.i + 1) ?? "");
var baseUrl = new Uri(options["base"]);
if (!IPAddress.TryParse(baseUrl.Host, out var address) || !IPAddress.IsLoopback(address)) throw new ArgumentException("Load is only ever sent to a loopback address.");
var database = options["db"];
var appPid = int.Parse(options["pid"], System.Globalization.CultureInfo.InvariantCulture);
var users = int.Parse(options.GetValueOrDefault("users", "50"), System.Globalization.CultureInfo.InvariantCulture);
var warmUp = TimeSpan.FromSeconds(double.Parse(options.GetValueOrDefault("warmup", "10"), System.Globalization.CultureInfo.InvariantCulture));
var duration = TimeSpan.FromSeconds(double.Parse(options.GetValueOrDefault("duration", "30"), System.Globalization.CultureInfo.InvariantCulture));
var rounds = int.Parse(options.GetValueOrDefault("rounds", "3"), System.Globalization.CultureInfo.InvariantCulture);

var (cycleId, statements, factorPages, emails, signedOffCycleId) = await LoadUsers.CreateAsync(database, users);
Console.WriteLine($"{users} load-test respondents added to cycle {cycleId} ({statements.Count} statements on {factorPages.Count} factor pages)");

// Two kinds of client per person, sharing the person's cookies. One decodes what it reads, to find a form's token or
// an autosave's answer. The other loads the measured pages as wrk does: it asks for Brotli or gzip as a browser does
// and reads the whole compressed body, but does not decode it. Decoding belongs to the browser's machine; here it
// would take the two cores from the server under test, more for a stage page than for the sign-in page.
HttpClient NewClient(CookieContainer cookies, bool decode)
{
    var client = new HttpClient(new SocketsHttpHandler
    {
        CookieContainer = cookies, UseCookies = true, AllowAutoRedirect = false, MaxConnectionsPerServer = 1,
        AutomaticDecompression = decode ? DecompressionMethods.Brotli | DecompressionMethods.GZip : DecompressionMethods.None,
    })
    { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
    if (!decode) client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br, gzip");
    return client;
}
// A measured page counts only if it came back compressed (GetAsync has read the whole body by then).
static async Task<bool> CompressedOk(Task<HttpResponseMessage> sending)
{
    using var response = await sending;
    return response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentEncoding.Contains("br");
}
var tokenPattern = new Regex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"");
string Token(string html) => WebUtility.HtmlDecode(tokenPattern.Match(html).Groups[1].Value);

// 1. Everyone signs in through the real form.
var jars = Enumerable.Range(0, users).Select(_ => new CookieContainer()).ToArray();
var clients = jars.Select(jar => NewClient(jar, decode: true)).ToArray();
var readers = jars.Select(jar => NewClient(jar, decode: false)).ToArray();
await Task.WhenAll(clients.Select(async (client, i) =>
{
    var form = await client.GetStringAsync("/account/sign-in");
    var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(
        [new("Email", emails[i]), new("Password", LoadUsers.Password), new("__RequestVerificationToken", Token(form))]));
    if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"{emails[i]} could not sign in: {(int)response.StatusCode}");
}));

// 2 and 3. The baseline (the sign-in page, anonymous, same number of connections) and the stage page (rotating
// through the factor pages of the five stages), measured in alternating slices so that the shared machine's
// changing load falls on both.
var anonymous = Enumerable.Range(0, users).Select(_ => NewClient(new CookieContainer(), decode: false)).ToArray();
var counters = new int[users];
Task<bool> SignInPage(int i) => CompressedOk(anonymous[i].GetAsync("/account/sign-in"));
var (baseline, stagePage, byRound) = await Phase.AlternateAsync(users, warmUp, duration, rounds,
    "GET /account/sign-in (baseline)", SignInPage,
    // Each person goes through every factor page of the cycle in order, starting at a different one.
    "GET stage page (signed in, one factor)", i => CompressedOk(readers[i].GetAsync(factorPages[(i + counters[i]++) % factorPages.Count])));

// 4. The results page of the newest signed-off cycle, with agreement by role, priorities and targets, against the
// baseline in alternating slices as above.
var (resultsBaseline, resultsPage, resultsByRound) = await Phase.AlternateAsync(users, warmUp, duration, rounds,
    "GET /account/sign-in (baseline)", SignInPage,
    "GET results page (signed in)", i => CompressedOk(readers[i].GetAsync($"/cycles/{signedOffCycleId}/results")));

// 5. Autosave: one answer per request, token in the header as the page script sends it. The last rating the server
// acknowledged for each (person, statement) is what must be in the database afterwards.
var tokens = await Task.WhenAll(clients.Select(async c => Token(await c.GetStringAsync(factorPages[0]))));
var acknowledged = Enumerable.Range(0, users).Select(_ => new Dictionary<int, Rating>()).ToArray();
var randoms = Enumerable.Range(0, users).Select(i => new Random(i)).ToArray();
var autosave = await Phase.RunAsync("POST autosave (signed in)", users, warmUp, duration, async i =>
{
    var statement = statements[randoms[i].Next(statements.Count)];
    var rating = (Rating)randoms[i].Next(4);
    using var request = new HttpRequestMessage(HttpMethod.Post, $"/respond/{cycleId}/answers")
    {
        Content = new FormUrlEncodedContent([new("StatementId", statement.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Rating", ((int)rating).ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Comment", "")]),
    };
    request.Headers.Add("RequestVerificationToken", tokens[i]);
    request.Headers.Add("Accept", "application/json");
    var response = await clients[i].SendAsync(request);
    var body = await response.Content.ReadAsStringAsync();
    var ok = response.StatusCode == HttpStatusCode.OK && body.Contains("\"saved\":true", StringComparison.Ordinal);
    if (ok) acknowledged[i][statement] = rating;
    return ok;
});

// 6. Nothing lost: every acknowledged answer is in the database with its last acknowledged rating.
await using var db = LoadUsers.Open(database);
var stored = await (from a in db.Answers.IgnoreQueryFilters()
                    where a.CycleId == cycleId
                    join r in db.Respondents.IgnoreQueryFilters() on a.RespondentId equals r.Id
                    join u in db.Users on r.UserId equals u.Id
                    where u.Email!.StartsWith("load.")
                    select new { u.Email, a.StatementId, a.Rating }).ToListAsync();
var byKey = stored.ToDictionary(s => (s.Email!, s.StatementId), s => s.Rating);
var expected = acknowledged.SelectMany((answers, i) => answers.Select(a => (Key: (emails[i], a.Key), a.Value))).ToList();
var lost = expected.Count(e => !byKey.TryGetValue(e.Key, out var rating) || rating != e.Value);

var peak = File.ReadLines($"/proc/{appPid}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
var peakMb = long.Parse(Regex.Match(peak, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture) / 1024.0;

Console.WriteLine(baseline);
Console.WriteLine(stagePage + $" — {stagePage.PerSecond / baseline.PerSecond:0.00} of the baseline (target at least 0.40); by round: {string.Join(", ", byRound)}");
Console.WriteLine(resultsBaseline);
Console.WriteLine(resultsPage + $" — {resultsPage.PerSecond / resultsBaseline.PerSecond:0.00} of the baseline; by round: {string.Join(", ", resultsByRound)}");
Console.WriteLine(autosave + " (target p99 under 100 ms)");
Console.WriteLine($"Answers acknowledged: {expected.Count} distinct (person, statement); rows in the database: {stored.Count}; lost or stale: {lost}");
Console.WriteLine($"App peak working set (VmHWM): {peakMb:0} MB (target under 400 MB)");
Console.WriteLine($"Load average: {File.ReadAllText("/proc/loadavg").Trim()}");
return lost == 0 && baseline.Errors + stagePage.Errors + resultsBaseline.Errors + resultsPage.Errors + autosave.Errors == 0 ? 0 : 1;
