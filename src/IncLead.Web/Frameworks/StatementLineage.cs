namespace IncLead.Web.Frameworks;

/// <summary>How a statement relates to the statements of another version of its framework.</summary>
public enum LineageKind
{
    /// <summary>Same version, or asked again one to one under its new code.</summary>
    Same,

    /// <summary>One side is a statement that was split into several: compare with care, never as like for like.</summary>
    Split,

    /// <summary>Newer than the other version: there is nothing earlier to compare with.</summary>
    New,

    /// <summary>No longer asked in the later version.</summary>
    Retired,
}

/// <summary>The codes a statement corresponds to in another version, and how.</summary>
public sealed record StatementLink(IReadOnlyList<string> Codes, LineageKind Kind)
{
    public string? Code => Codes.Count == 1 ? Codes[0] : null;
}

/// <summary>
/// Follows statement codes across framework versions through the mapping files (one to one, split, retired), so
/// trends, "did it work?" and last year's comparison never compare unlike things. The mapping files ship with the
/// app beside the framework files and are checked at start-up; this is the in-memory result (a singleton).
/// Versions without a mapping between them fall back to matching equal codes, which is what the format promised
/// before mapping files existed.
/// </summary>
public sealed class StatementLineage
{
    private volatile IReadOnlyList<FrameworkMapping> mappings = [];
    private volatile IReadOnlyDictionary<int, (string Code, string Version)> versions = new Dictionary<int, (string, string)>();

    /// <summary>Which framework (family code and version) each stored framework id is, so cycles can be followed by id.</summary>
    public void UseVersions(IEnumerable<(int Id, string Code, string Version)> stored) =>
        versions = stored.ToDictionary(s => s.Id, s => (s.Code, s.Version));

    /// <summary>What a statement of one framework (by id) corresponds to in an earlier framework.</summary>
    public StatementLink Earlier(int frameworkId, string code, int earlierFrameworkId) =>
        frameworkId != earlierFrameworkId && versions.TryGetValue(frameworkId, out var now) && versions.TryGetValue(earlierFrameworkId, out var then) && now.Code == then.Code
            ? Earlier(now.Code, now.Version, code, then.Version)
            : new([code], LineageKind.Same);

    /// <summary>What a statement of one framework (by id) became in a later framework.</summary>
    public StatementLink Later(int frameworkId, string code, int laterFrameworkId) =>
        frameworkId != laterFrameworkId && versions.TryGetValue(frameworkId, out var then) && versions.TryGetValue(laterFrameworkId, out var now) && now.Code == then.Code
            ? Later(then.Code, then.Version, code, now.Version)
            : new([code], LineageKind.Same);

    /// <summary>The statements of an earlier framework (by id) that a later one no longer asks.</summary>
    public IReadOnlyList<string> Retired(int earlierFrameworkId, int laterFrameworkId) =>
        earlierFrameworkId != laterFrameworkId && versions.TryGetValue(earlierFrameworkId, out var then) && versions.TryGetValue(laterFrameworkId, out var now) && now.Code == then.Code
            ? Retired(then.Code, then.Version, now.Version)
            : [];

    /// <summary>The version of a stored framework, or null when the id is unknown.</summary>
    public string? VersionOf(int frameworkId) => versions.TryGetValue(frameworkId, out var v) ? v.Version : null;

    public IReadOnlyList<FrameworkMapping> Mappings => mappings;

    /// <summary>Adds checked mappings, replacing any earlier one between the same versions (imports are idempotent).</summary>
    public void Use(IEnumerable<FrameworkMapping> loaded)
    {
        lock (this)
        {
            var fresh = loaded.ToList();
            mappings = [.. mappings.Where(m => !fresh.Any(f => f.Code == m.Code && f.FromVersion == m.FromVersion)), .. fresh];
        }
    }

    /// <summary>What a statement of <paramref name="version"/> corresponds to in an earlier version.</summary>
    public StatementLink Earlier(string family, string version, string code, string earlierVersion)
    {
        if (version == earlierVersion || Chain(family, earlierVersion, version) is not { } chain) return new([code], LineageKind.Same);
        var kind = LineageKind.Same;
        foreach (var hop in Enumerable.Reverse(chain))
        {
            var entry = hop.Statements.FirstOrDefault(s => s.To.Contains(code, StringComparer.Ordinal));
            if (entry is null) return new([], LineageKind.New);
            if (entry.Change == StatementChange.Split) kind = LineageKind.Split;
            code = entry.From;
        }
        return new([code], kind);
    }

    /// <summary>What a statement of <paramref name="version"/> became in a later version.</summary>
    public StatementLink Later(string family, string version, string code, string laterVersion)
    {
        if (version == laterVersion || Chain(family, version, laterVersion) is not { } chain) return new([code], LineageKind.Same);
        IReadOnlyList<string> codes = [code];
        var kind = LineageKind.Same;
        foreach (var hop in chain)
        {
            var next = new List<string>();
            foreach (var c in codes)
            {
                var entry = hop.Statements.FirstOrDefault(s => s.From == c);
                if (entry is null) continue;
                if (entry.Change == StatementChange.Split) kind = LineageKind.Split;
                next.AddRange(entry.To);
            }
            codes = next;
        }
        return codes.Count == 0 ? new([], LineageKind.Retired) : new(codes, kind);
    }

    /// <summary>The statements of the earlier version that are no longer asked in the later one, in code order.</summary>
    public IReadOnlyList<string> Retired(string family, string earlierVersion, string laterVersion)
    {
        if (Chain(family, earlierVersion, laterVersion) is not { Count: > 0 } chain) return [];
        return [.. chain[0].Statements.Select(s => s.From).Where(c => Later(family, earlierVersion, c, laterVersion).Kind == LineageKind.Retired).Order(StringComparer.Ordinal)];
    }

    // The mappings leading from one version to the other, oldest first; null when the files do not join them.
    private List<FrameworkMapping>? Chain(string family, string from, string to)
    {
        var all = mappings;
        var chain = new List<FrameworkMapping>();
        var at = from;
        while (at != to)
        {
            var hop = all.FirstOrDefault(m => m.Code == family && m.FromVersion == at);
            if (hop is null || chain.Count > all.Count) return null;
            chain.Add(hop);
            at = hop.ToVersion;
        }
        return chain;
    }
}
