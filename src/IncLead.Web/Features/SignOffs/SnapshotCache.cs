using System.Collections.Concurrent;

namespace IncLead.Web.Features.SignOffs;

/// <summary>
/// Sign-off snapshots already read, by sign-off id. A snapshot never changes once written (a later sign-off is a new
/// row), and what it holds is immutable, so one copy serves every request. Reading and parsing the same JSON again on
/// each request held the results page of a signed-off cycle to 300 requests a second in the load test; 931 with this
/// (docs/benchmarks.md). Only reached after the organisation's own query has returned the id, so the cache is no way
/// round tenancy.
/// </summary>
public sealed class SnapshotCache
{
    // A few hundred KB each at most; emptied rather than tracked once this many are held, which only costs re-reading.
    private const int MaxHeld = 64;
    private readonly ConcurrentDictionary<int, SignOffSnapshot> _held = new();

    /// <summary>The sign-offs held, for a query to leave their JSON out.</summary>
    public IReadOnlyList<int> HeldIds => [.. _held.Keys];

    public bool TryGet(int signOffId, out SignOffSnapshot snapshot) => _held.TryGetValue(signOffId, out snapshot!);

    public SignOffSnapshot Add(int signOffId, string json)
    {
        if (_held.Count >= MaxHeld) _held.Clear();
        return _held.GetOrAdd(signOffId, _ => SignOffSnapshot.FromJson(json));
    }
}
