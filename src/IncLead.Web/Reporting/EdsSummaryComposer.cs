using System.Globalization;
using IncLead.Documents.Model;
using IncLead.Web.Features.Eds.Publishing;

namespace IncLead.Web.Reporting;

/// <summary>
/// The EDS report as a PDF (and, from the same document, an editable Word file), from the same <see cref="EdsSummary"/>
/// the published page renders, so the file holds exactly what that page may show: no panellist, no evidence not marked
/// public, no unpublished objective. It follows NHS England's reporting template as far as it is known: the header
/// (organisation, board sponsor, EDS lead, integrated care system, level, dates), the completed actions from the previous
/// year, each domain's outcomes with evidence, rating and owner and the domain total, the domain totals and organisation
/// rating, then the equality action plan. Template labels whose national wording is not confirmed say so.
/// Pure: given a published copy and its publication time it is the same file every time.
/// </summary>
public static class EdsSummaryComposer
{
    public const string Title = "Equality Delivery System report";

    /// <param name="summary">The published copy, or the live preview the equality lead sees.</param>
    /// <param name="publishedAt">When the copy was published; null for the live preview, which is dated when prepared.</param>
    public static Document Compose(EdsSummary summary, DateTime? publishedAt)
    {
        var s = summary;
        var note = publishedAt is { } p ? $"Published on {PackTables.DayOf(p)}" : $"Prepared on {PackTables.DayOf(s.PreparedAt)}, not a published copy";
        var blocks = new List<Block>
        {
            new TitlePage(Title, s.CycleName, [$"{s.OrganisationName} (ODS code {s.OdsCode})", $"{s.FrameworkTitle} (version {s.FrameworkVersion})", note]),
            new Heading(1, "About this report"),
            new KeyValueBlock([.. EdsReportHeader.Fields(s, publishedAt).Select(f => new KeyValue(f.PrintedLabel, f.Value))]),
            new Paragraph("Labels marked \"wording to be confirmed\" follow NHS England's EDS reporting template as far as we know it; their exact wording has not been checked against NHS England's own document."),
        };
        blocks.AddRange(PreviousYear(s));
        foreach (var domain in s.Domains) blocks.AddRange(Domain(s, domain));
        if (s.HasTotals)
        {
            blocks.Add(new Heading(1, "Domain totals and organisation rating"));
            blocks.Add(PackTables.EdsDomainTotals(s));
            blocks.Add(new KeyValueBlock([new KeyValue($"{EdsReportText.OrganisationRating} ({EdsReportText.ToBeConfirmed})", PackTables.EdsOverall(s))]));
            blocks.Add(new Heading(2, "How the rating is worked out"));
            blocks.AddRange(EdsSummaryText.Method(s).Select(text => new Paragraph(text)));
        }
        blocks.Add(new Heading(1, $"{EdsReportText.ActionPlan} ({EdsReportText.ToBeConfirmed})"));
        blocks.Add(ActionPlan(s));

        return new Document($"{Title} {s.CycleName}, {s.OrganisationName}", blocks)
        {
            Subject = $"How {s.OrganisationName} graded itself against the {s.FrameworkTitle}",
            Author = s.OrganisationName,
            Created = new DateTimeOffset(DateTime.SpecifyKind(publishedAt ?? s.PreparedAt, DateTimeKind.Utc)),
            Running = new RunningText(s.OrganisationName, $"EDS report {s.CycleName}", "", note),
        };
    }

    private static IEnumerable<Block> PreviousYear(EdsSummary s)
    {
        yield return new Heading(1, $"{EdsReportText.PreviousYear} ({EdsReportText.ToBeConfirmed})");
        var written = EdsReportHeader.PreviousYearParagraphs(s);
        var done = EdsReportHeader.CompletedActions(s);
        foreach (var paragraph in written) yield return new Paragraph(paragraph);
        if (done.Count > 0)
        {
            yield return new Paragraph("Actions linked to EDS outcomes and completed in the 12 months before this assessment closed:");
            yield return Table.Create(["Action", "Outcome", "Completed"],
                done.Select(a => TableRow.Of(a.Title, a.OutcomeCode ?? "", PackTables.DayOf(a.CompletedOn))), [4, 1, 1.5]);
        }
        if (written.Count == 0 && done.Count == 0) yield return new Paragraph("None recorded.");
    }

    private static IEnumerable<Block> Domain(EdsSummary s, SummaryDomain domain)
    {
        yield return new Heading(1, $"{domain.Code}: {domain.Title}" + (domain.WordingToBeConfirmed ? PackTables.ToBeConfirmed : ""));
        if (domain.PerService && domain.Services.Count > 0) yield return new Paragraph($"Services assessed: {string.Join(", ", domain.Services)}.") { KeepWithNext = true };
        yield return Outcomes(s, domain);
    }

    /// <summary>
    /// A domain's outcomes in the template's columns, then the domain's total as the table's last row, so the total
    /// always stays with its last outcome rather than sitting alone at the top of a page.
    /// </summary>
    private static Table Outcomes(EdsSummary s, SummaryDomain domain)
    {
        var rows = domain.Outcomes.Select(o => TableRow.Of(PackTables.OutcomeText(o), Evidence(o), PackTables.OutcomeScore(s, o), o.Owner ?? EdsReportText.NotGiven)).ToList();
        if (s.HasTotals)
        {
            var total = domain.Total is { } t ? $"{t} of {domain.Maximum}" : "Not complete";
            if (domain.ServiceTotals.Count > 0)
                total += "\n" + string.Join("\n", domain.ServiceTotals.Select(x => $"{x.Service} {x.Total?.ToString(CultureInfo.InvariantCulture) ?? "not complete"}"));
            // The domain's rating under the total, in the rating column, so nothing sits under "Owner" that is not one.
            if (domain.Rating is { } r) total += "\n" + PackTables.Grade(s, r, domain.RatingName).Text;
            rows.Add(TableRow.Of(new TableCell($"{domain.Code} total" + (domain.PerService ? " (median of the service totals)" : ""), Bold: true), "",
                new TableCell(total, Bold: true), ""));
        }
        return Table.Create(["Outcome", "Evidence", "Rating", EdsReportText.Owner + PackTables.ToBeConfirmed], rows, [2, 3, 1.3, 1.2]);
    }

    /// <summary>
    /// The agreed rationale, then each public evidence item: its title (a link where it has a web address, never the
    /// address itself as the words), then its date and summary.
    /// </summary>
    private static TableCell Evidence(SummaryOutcome outcome)
    {
        var lines = new List<string>();
        var links = new List<string?>();
        if (outcome.EvidenceSummary is { } rationale)
        {
            foreach (var line in rationale.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
            {
                lines.Add(line);
                links.Add(null);
            }
        }
        foreach (var e in outcome.Evidence)
        {
            var link = EvidenceLinkText.Site(e.Link) is null ? null : e.Link!.Trim();
            lines.Add(EvidenceLinkText.Title(e) + (link is null && e.FileName is not null ? " (document)" : ""));
            links.Add(link);
            lines.Add($"{PackTables.Date(e.EvidenceDate)}: {e.Summary}");
            links.Add(null);
        }
        if (lines.Count == 0) return new TableCell("None published");
        return new TableCell(string.Join("\n", lines), Links: links.Any(l => l is not null) ? links : null);
    }

    private static Block ActionPlan(EdsSummary s)
    {
        if (s.ActionPlan is null)
            return s.Objectives.Count == 0 ? new Paragraph("None published.") : new BulletList([.. s.Objectives.Select(o => new Paragraph(o))]);
        if (s.ActionPlan.Count == 0) return new Paragraph("None published.");
        return Table.Create(["Domain", "Outcome", "Objective", "Action", "Completion date"],
            s.ActionPlan.Select(r => TableRow.Of(
                r.DomainCode is null ? "All domains" : $"{r.DomainCode} {r.DomainTitle}",
                r.OutcomeCode is null ? "All outcomes" : $"{r.OutcomeCode} {r.OutcomeText}" + (r.OutcomeWordingToBeConfirmed ? PackTables.ToBeConfirmed : ""),
                r.Objective, r.Action.Length > 0 ? r.Action : EdsReportText.NotGiven,
                r.CompleteBy is { } d ? PackTables.Date(d) : EdsReportText.NotGiven)),
            [1.2, 2, 2, 2, 1.2]);
    }
}
