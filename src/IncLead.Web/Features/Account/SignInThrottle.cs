using System.Collections.Concurrent;

namespace IncLead.Web.Features.Account;

/// <summary>
/// Per-client limits on failed sign-ins (docs/decisions: lockout that delays). One client address may fail a few
/// times against any one account, fewer than the account's own lockout needs, and only so many times in all, so a
/// stranger at one address can neither lock a board member out nor spray guesses across many accounts. A client over
/// its limit is told to wait, without any account being looked at or counted. Counts live in this instance's memory:
/// they protect the accounts' shared lockout (in the database), which is what finally limits guessing.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock, IConfiguration configuration)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly int _perAccount = configuration.GetValue("SignIn:FailuresPerClientPerAccount", 3);
    private readonly int _perClient = configuration.GetValue("SignIn:FailuresPerClient", 30);
    private readonly ConcurrentDictionary<string, Count> _counts = new(StringComparer.Ordinal);

    private sealed record Count(int Failures, DateTimeOffset Since);

    public bool IsBlocked(string client, string email) =>
        Failures(ClientKey(client)) >= _perClient || Failures(AccountKey(client, email)) >= _perAccount;

    public void RecordFailure(string client, string email)
    {
        Add(ClientKey(client));
        Add(AccountKey(client, email));
    }

    private int Failures(string key) =>
        _counts.TryGetValue(key, out var count) && clock.GetUtcNow() - count.Since < Window ? count.Failures : 0;

    private void Add(string key)
    {
        var now = clock.GetUtcNow();
        _counts.AddOrUpdate(key, _ => new Count(1, now), (_, c) => now - c.Since < Window ? c with { Failures = c.Failures + 1 } : new Count(1, now));
        if (_counts.Count % 1024 == 0) Prune(now);
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, count) in _counts)
        {
            if (now - count.Since >= Window) _counts.TryRemove(key, out _);
        }
    }

    private static string ClientKey(string client) => "c|" + client;

    private static string AccountKey(string client, string email) => "a|" + client + "|" + email.Trim().ToUpperInvariant();
}
