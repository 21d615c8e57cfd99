using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Identity;

namespace IncLead.Tests.Account;

/// <summary>
/// Issue 15, item 3: sign-in answers an unknown address, a known one with a wrong password and a locked account alike,
/// in status, in words and in time, so a stranger cannot find out who has an account.
/// </summary>
[Collection(Timing.Name)]
public sealed partial class EnumerationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Known = "enumeration.known@riverside.example";
    private const string Locked = "enumeration.locked@riverside.example";
    private const string Unknown = "nobody.here@riverside.example";

    private static int _client;

    [Fact]
    public async Task Unknown_wrong_and_locked_get_the_same_status_and_page()
    {
        await ArrangeAsync();
        var pages = new List<string>();
        foreach (var email in new[] { Unknown, Known, Locked })
        {
            var response = await AttemptAsync(email, "Wrong-password-123");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            pages.Add(Normalise(await response.BodyAsync(), email));
        }
        Assert.Contains("Your email address or password is incorrect", pages[0]);
        Assert.DoesNotContain("locked", pages[2], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(pages[0], pages[1]);
        Assert.Equal(pages[0], pages[2]);

        // Even the right password for a locked account gets the same page.
        var rightButLocked = await AttemptAsync(Locked, DemoData.Password);
        Assert.Equal(pages[0], Normalise(await rightButLocked.BodyAsync(), Locked));
    }

    [Fact]
    public async Task Unknown_wrong_and_locked_take_the_same_time()
    {
        await ArrangeAsync();
        var emails = new[] { Unknown, Known, Locked };
        var times = emails.ToDictionary(e => e, _ => new List<double>());
        for (var i = 0; i < 3; i++)
        {
            foreach (var email in emails) await AttemptAsync(email, "warm-up-password");
        }

        // Interleaved, so a burst of load on the shared machine falls on every kind alike; compared by median.
        for (var round = 0; round < 15; round++)
        {
            foreach (var email in round % 2 == 0 ? emails : emails.Reverse())
            {
                await KeepKnownUnlockedAsync();
                var watch = Stopwatch.StartNew();
                var response = await AttemptAsync(email, "Wrong-password-" + round);
                times[email].Add(watch.Elapsed.TotalMilliseconds);
                Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            }
        }

        var medians = times.ToDictionary(t => t.Key, t => Median(t.Value));
        // Each attempt against the mean of its own round: a spell of load from other work on the machine (CI runs the
        // browser tests beside these) lasts longer than a round and falls on its three attempts alike, so it cancels.
        var relative = times.ToDictionary(t => t.Key, t => Median([.. t.Value.Select((ms, round) => ms / emails.Average(e => times[e][round]))]));
        var report = string.Join(", ", medians.Select(m => $"{m.Key.Split('@')[0]} {m.Value:F1} ms ({relative[m.Key]:F2} of its rounds' mean)"));
        // Checking a password hash takes tens of milliseconds; skipping it (the old unknown-address and locked paths) is
        // several times faster in every round. A generous bound stays clear of noise and still catches that.
        Assert.True(relative.Values.Max() / relative.Values.Min() < 1.6, "Times differ too much: " + report);
        TestContext.Current.TestOutputHelper?.WriteLine(report);
    }

    [Fact]
    public async Task A_password_reset_for_an_unknown_address_looks_like_one_for_a_known_address()
    {
        var browser = Browser.For(app);
        var known = await browser.SubmitAsync("/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = DemoData.BoardMembers[0].Email });
        var unknown = await browser.SubmitAsync("/account/forgot-password", "/account/forgot-password", new Dictionary<string, string> { ["Email"] = Unknown });
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(Normalise(await known.BodyAsync(), DemoData.BoardMembers[0].Email), Normalise(await unknown.BodyAsync(), Unknown));
    }

    // Each try from its own address, as a stranger spreading guesses would, so the per-client limits do not step in.
    private async Task<HttpResponseMessage> AttemptAsync(string email, string password)
    {
        var browser = ClientAddress.BrowserFrom(app, $"198.51.100.{Interlocked.Increment(ref _client) % 250 + 1}");
        return await browser.SubmitAsync("/account/sign-in", "/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
    }

    private async Task ArrangeAsync()
    {
        await app.WithUsersAsync(async users =>
        {
            foreach (var email in new[] { Known, Locked })
            {
                if (await users.FindByEmailAsync(email) is not null) continue;
                var user = new AppUser { UserName = email, Email = email, FullName = "Enumeration Test", EmailConfirmed = true };
                await users.CreateAsync(user, DemoData.Password);
                if (email == Locked) await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddYears(1));
            }
            return 0;
        });
    }

    // The known account must stay a "wrong password" case, not become a locked one, however many tries the test makes.
    private Task KeepKnownUnlockedAsync() => app.WithUsersAsync(async users =>
    {
        var user = (await users.FindByEmailAsync(Known))!;
        return await users.ResetAccessFailedCountAsync(user);
    });

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The page without what legitimately differs: the antiforgery token and the address typed in.</summary>
    private static string Normalise(string html, string email) =>
        TokenValue().Replace(html, "value=\"TOKEN\"").Replace(email, "EMAIL", StringComparison.Ordinal);

    [GeneratedRegex("value=\"CfDJ[^\"]+\"")]
    private static partial Regex TokenValue();
}
