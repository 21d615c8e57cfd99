namespace IncLead.Documents.Spreadsheets;

/// <summary>
/// Sheet names Excel accepts: at most 31 characters, none of [ ] : * ? / \, not starting or ending with an apostrophe,
/// not "History" (reserved by Excel), not empty, and unique ignoring case.
/// </summary>
public static class SheetNames
{
    public const int MaxLength = 31;

    /// <summary>Names for <paramref name="names"/>, in order, each made valid and unique.</summary>
    public static IReadOnlyList<string> Sanitise(IEnumerable<string> names)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var result = new List<string>();
        foreach (var name in names)
        {
            var clean = Clean(name, result.Count + 1);
            var unique = clean;
            for (var n = 2; !taken.Add(unique); n++)
            {
                var suffix = $" ({n})";
                unique = clean[..Math.Min(clean.Length, MaxLength - suffix.Length)].TrimEnd() + suffix;
            }
            result.Add(unique);
        }
        return result;
    }

    static string Clean(string name, int position)
    {
        var chars = (name ?? "").Select(c => c is '[' or ']' or ':' or '*' or '?' or '/' or '\\' || char.IsControl(c) ? '-' : c).ToArray();
        var clean = new string(chars).Trim().Trim('\'').Trim();
        if (clean.Length > MaxLength)
            clean = clean[..MaxLength].TrimEnd().TrimEnd('\'');
        if (char.IsHighSurrogate(clean.LastOrDefault()))
            clean = clean[..^1];
        if (clean.Length == 0)
            clean = $"Sheet{position}";
        return clean.Equals("History", StringComparison.OrdinalIgnoreCase) ? "History (sheet)" : clean;
    }
}
