namespace IncLead.Tests.Support;

public static class FormFields
{
    /// <summary>Adds a second value for a field, as a ticked checkbox group posts one value per box.</summary>
    public static List<KeyValuePair<string, string>> With(this IDictionary<string, string> fields, string name, string value) =>
        [.. fields, new(name, value)];
}
