using IncLead.Documents.Model;
using IncLead.Web.Features.Eds.Publishing;

namespace IncLead.Web.Reporting;

/// <summary>
/// The EDS summary report as a PDF, from the same <see cref="EdsSummary"/> the published page renders, so the file
/// holds exactly what that page may show: no panellist, no evidence not marked public, no unpublished objective.
/// Pure: given a published copy and its publication time it is the same file every time.
/// </summary>
public static class EdsSummaryComposer
{
    /// <param name="summary">The published copy, or the live preview the equality lead sees.</param>
    /// <param name="publishedAt">When the copy was published; null for the live preview, which is dated when prepared.</param>
    public static Document Compose(EdsSummary summary, DateTime? publishedAt)
    {
        var s = summary;
        var note = publishedAt is { } p ? $"Published on {PackTables.DayOf(p)}" : $"Prepared on {PackTables.DayOf(s.PreparedAt)}, not a published copy";
        var blocks = new List<Block>
        {
            new TitlePage("Equality Delivery System summary", s.CycleName, [$"{s.OrganisationName} (ODS code {s.OdsCode})", $"{s.FrameworkTitle} (version {s.FrameworkVersion})", note]),
            new Heading(1, "Summary"),
            new KeyValueBlock(Details(s)),
        };
        if (s.HasTotals)
        {
            blocks.Add(new Heading(2, "Domain totals"));
            blocks.Add(PackTables.EdsDomainTotals(s));
        }
        foreach (var domain in s.Domains) blocks.AddRange(Domain(s, domain));
        if (s.HasTotals)
        {
            blocks.Add(new Heading(1, "How the rating is worked out"));
            blocks.AddRange(EdsSummaryText.Method(s).Select(text => new Paragraph(text)));
        }
        blocks.Add(new Heading(1, "Equality objectives and actions"));
        blocks.Add(s.Objectives.Count == 0 ? new Paragraph("None published.") : new BulletList([.. s.Objectives.Select(o => new Paragraph(o))]));

        return new Document($"Equality Delivery System summary {s.CycleName}, {s.OrganisationName}", blocks)
        {
            Subject = $"How {s.OrganisationName} graded itself against the {s.FrameworkTitle}",
            Author = s.OrganisationName,
            Created = new DateTimeOffset(DateTime.SpecifyKind(publishedAt ?? s.PreparedAt, DateTimeKind.Utc)),
            Running = new RunningText(s.OrganisationName, $"EDS summary {s.CycleName}", "", note),
        };
    }

    private static List<KeyValue> Details(EdsSummary s)
    {
        var pairs = new List<KeyValue>
        {
            new("Organisation", $"{s.OrganisationName} (ODS code {s.OdsCode})"),
            new("EDS lead", s.EdsLead),
            new("Board sponsor", s.BoardSponsor),
            new("Assessment period", $"{s.CycleName}: {PackTables.Date(s.CycleOpensOn)} to {PackTables.Date(s.CycleClosesOn)}"),
            new("Scores last agreed", s.LastAgreedOn is { } d ? PackTables.DayOf(d) : "No scores agreed yet"),
            new("Framework", $"{s.FrameworkTitle} (version {s.FrameworkVersion})"),
        };
        if (s.HasTotals) pairs.Add(new("Overall rating", PackTables.EdsOverall(s)));
        return pairs;
    }

    private static IEnumerable<Block> Domain(EdsSummary s, SummaryDomain domain)
    {
        yield return new Heading(1, $"{domain.Code}: {domain.Title}" + (domain.WordingToBeConfirmed ? " (wording to be confirmed)" : ""));
        if (domain.PerService && domain.Services.Count > 0) yield return new Paragraph($"Services assessed: {string.Join(", ", domain.Services)}.");
        yield return PackTables.EdsOutcomes(s, domain);
        if (domain.ServiceTotals.Count > 0)
            yield return new Paragraph($"Service totals: {string.Join(", ", domain.ServiceTotals.Select(t => $"{t.Service} {t.Total?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "not complete"}"))}.");
    }
}
