using System.Globalization;

namespace IncLead.Web.Infrastructure.DateInput;

/// <summary>Which of a date input's three fields a message is about, so only those fields are marked.</summary>
[Flags]
public enum DatePart { None = 0, Day = 1, Month = 2, Year = 4, All = Day | Month | Year }

/// <summary>
/// A date typed into the NHS.UK date input's three fields, checked as the design system asks: a missing part is named
/// ("must include a month"), a year needs 4 numbers, and 30 February is not a real date.
/// </summary>
public static class DateParts
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Either a date (then <c>Error</c> is null), or the message and the parts it is about; all blank is (null, null).</summary>
    public static (DateOnly? Date, string? Error, DatePart Wrong) Read(string subject, string? day, string? month, string? year)
    {
        day = day?.Trim() ?? "";
        month = month?.Trim() ?? "";
        year = year?.Trim() ?? "";
        if (day.Length == 0 && month.Length == 0 && year.Length == 0) return (null, null, DatePart.None);

        var missing = (day.Length == 0 ? DatePart.Day : 0) | (month.Length == 0 ? DatePart.Month : 0) | (year.Length == 0 ? DatePart.Year : 0);
        if (missing != DatePart.None) return (null, $"{subject} must include a {Names(missing)}", missing);

        var d = Number(day);
        var m = Number(month) ?? MonthName(month);
        var y = year.All(char.IsAsciiDigit) ? Number(year) : null;
        var wrong = (d is null or < 1 or > 31 ? DatePart.Day : 0) | (m is null or < 1 or > 12 ? DatePart.Month : 0) | (y is null ? DatePart.Year : 0);
        if (wrong != DatePart.None) return (null, $"{subject} must be a real date", wrong);
        if (year.Length != 4) return (null, "Year must include 4 numbers", DatePart.Year);
        if (y < 1900 || d > DateTime.DaysInMonth(y!.Value, m!.Value)) return (null, $"{subject} must be a real date", y < 1900 ? DatePart.Year : DatePart.Day);
        return (new DateOnly(y.Value, m!.Value, d!.Value), null, DatePart.None);
    }

    private static int? Number(string text) =>
        text.Length is > 0 and <= 4 && text.All(char.IsAsciiDigit) ? int.Parse(text, CultureInfo.InvariantCulture) : null;

    // People sometimes type the month's name ("Feb", "February"); the design system asks that we accept it.
    private static int? MonthName(string text)
    {
        for (var i = 1; i <= 12; i++)
        {
            var full = EnGb.DateTimeFormat.GetMonthName(i);
            if (text.Length >= 3 && full.StartsWith(text, StringComparison.OrdinalIgnoreCase)) return i;
        }
        return null;
    }

    private static string Names(DatePart parts)
    {
        var names = new[] { (DatePart.Day, "day"), (DatePart.Month, "month"), (DatePart.Year, "year") }
            .Where(p => parts.HasFlag(p.Item1)).Select(p => p.Item2).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.SkipLast(1)) + " and " + names[^1];
    }
}
