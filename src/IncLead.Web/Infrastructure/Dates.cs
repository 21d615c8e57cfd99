using System.Globalization;

namespace IncLead.Web.Infrastructure;

/// <summary>
/// Dates and times as people in England read them, whatever the server's culture or time zone: "2 November 2026",
/// "2 November 2026 at 2:05pm (GMT)". Times are stored in UTC and shown in Europe/London time (GMT in winter, BST in
/// summer); pages, emails, CSV files and PDFs all call these so the clock change is handled in one place.
/// </summary>
public static class Dates
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The UK's time zone (IANA id; .NET maps it on Windows too).</summary>
    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>A whole day (stored as midnight UTC, never shifted: a due date is the same day everywhere).</summary>
    public static string Long(DateTime date) => date.ToString("d MMMM yyyy", EnGb);

    public static string Long(DateTime? date) => date is { } d ? Long(d) : "";

    /// <summary>The London wall-clock time of a UTC instant.</summary>
    public static DateTime ToLondon(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London);

    /// <summary>The UTC instant at which a UK day starts (23:00 UTC the day before in summer).</summary>
    public static DateTime LondonMidnightUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), London);

    /// <summary>"GMT" or "BST": which UK time a UTC instant falls in.</summary>
    public static string ZoneName(DateTime utc) => London.IsDaylightSavingTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc)) ? "BST" : "GMT";

    /// <summary>"2 November 2026 at 2:05pm (GMT)": a moment, in UK time and labelled, for pages, emails and PDFs.</summary>
    public static string WithTime(DateTime utc) => $"{Long(ToLondon(utc))} at {Time(utc)} ({ZoneName(utc)})";

    /// <summary>"2:05pm", "9am", "midday", "midnight" in UK time, as the NHS.UK content style writes times.</summary>
    public static string Time(DateTime utc)
    {
        var local = ToLondon(utc);
        if (local is { Hour: 0, Minute: 0 }) return "midnight";
        if (local is { Hour: 12, Minute: 0 }) return "midday";
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var minutes = local.Minute == 0 ? "" : ":" + local.Minute.ToString("00", CultureInfo.InvariantCulture);
        return $"{hour.ToString(CultureInfo.InvariantCulture)}{minutes}{(local.Hour < 12 ? "am" : "pm")}";
    }

    /// <summary>"2026-11-02 14:05" in UK time, for a CSV cell a spreadsheet can sort (the column header names the zone).</summary>
    public static string Sortable(DateTime utc) => ToLondon(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Reads a yyyy-MM-dd value (as the date input's binder hands it on); anything else is null.</summary>
    public static DateTime? Parse(string? text) =>
        DateTime.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? DateTime.SpecifyKind(d.Date, DateTimeKind.Utc)
            : null;
}
