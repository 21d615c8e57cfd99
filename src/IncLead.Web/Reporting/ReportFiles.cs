using System.Globalization;
using System.Text;

namespace IncLead.Web.Reporting;

/// <summary>
/// Download names a board secretary can file as they are: "riverside-board-pack-2026-27.pdf" for a cycle's report,
/// "riverside-action-plan-2026-11-02.pdf" for one that is as at a day.
/// </summary>
public static class ReportFiles
{
    public static string Name(string organisation, string report, string cycle, string extension) =>
        $"{Slug(FirstWord(organisation))}-{report}-{Slug(cycle)}.{extension}";

    public static string Dated(string organisation, string report, DateTime day, string extension) =>
        Name(organisation, report, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), extension);

    // The first word is the name people use ("Riverside"), and keeps the name short enough for any file system.
    private static string FirstWord(string organisation) => organisation.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "organisation";

    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "report" : result;
    }
}
