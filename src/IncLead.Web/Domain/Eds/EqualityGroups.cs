namespace IncLead.Web.Domain.Eds;

/// <summary>
/// The groups evidence can speak to: the nine protected characteristics of the Equality Act 2010 (s.4) and the
/// health inclusion groups EDS 2022 Domain 1 names (docs/eds-rating-bands.md). Keys are stored; labels are shown.
/// </summary>
public static class EqualityGroups
{
    public static readonly IReadOnlyList<(string Key, string Label)> ProtectedCharacteristics =
    [
        ("age", "Age"),
        ("disability", "Disability"),
        ("gender-reassignment", "Gender reassignment"),
        ("marriage-civil-partnership", "Marriage and civil partnership"),
        ("pregnancy-maternity", "Pregnancy and maternity"),
        ("race", "Race (including colour, nationality, ethnic or national origins)"),
        ("religion-belief", "Religion or belief (including lack of belief)"),
        ("sex", "Sex"),
        ("sexual-orientation", "Sexual orientation"),
    ];

    public static readonly IReadOnlyList<(string Key, string Label)> HealthInclusionGroups =
    [
        ("deprivation-homelessness", "People experiencing deprivation or homelessness"),
        ("substance-misuse", "People who misuse drugs or alcohol (substance misuse)"),
        ("asylum-refugees-migrants", "Asylum seekers, refugees and migrants"),
        ("sex-workers", "Sex workers"),
        ("modern-slavery", "Victims of modern slavery"),
        ("justice-system", "People in contact with the justice system"),
    ];

    public static bool AllKnown(IEnumerable<string> keys, IReadOnlyList<(string Key, string Label)> list) =>
        keys.All(k => list.Any(g => g.Key == k));

    /// <summary>Known keys only, in the list's order, so the stored text is the same however the form sent them.</summary>
    public static string Join(IEnumerable<string> keys, IReadOnlyList<(string Key, string Label)> list)
    {
        var wanted = keys.ToHashSet(StringComparer.Ordinal);
        return string.Join(' ', list.Where(g => wanted.Contains(g.Key)).Select(g => g.Key));
    }

    public static IReadOnlyList<string> Split(string? stored) =>
        string.IsNullOrWhiteSpace(stored) ? [] : stored.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static IReadOnlyList<string> Labels(string? stored, IReadOnlyList<(string Key, string Label)> list) =>
        [.. list.Where(g => Split(stored).Contains(g.Key)).Select(g => g.Label)];
}
