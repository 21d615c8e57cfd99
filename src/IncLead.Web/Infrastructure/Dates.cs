using System.Globalization;

namespace IncLead.Web.Infrastructure;

/// <summary>Dates as NHS.UK content style writes them ("2 November 2026"), whatever the server's culture.</summary>
public static class Dates
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Long(DateTime date) => date.ToString("d MMMM yyyy", EnGb);

    public static string Long(DateTime? date) => date is { } d ? Long(d) : "";

    public static string WithTime(DateTime date) => date.ToString("d MMMM yyyy 'at' HH:mm", EnGb) + " UTC";

    /// <summary>Reads a yyyy-MM-dd value from a date field; anything else is null, so the caller can say what is wrong.</summary>
    public static DateTime? Parse(string? text) =>
        DateTime.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? DateTime.SpecifyKind(d.Date, DateTimeKind.Utc)
            : null;
}
