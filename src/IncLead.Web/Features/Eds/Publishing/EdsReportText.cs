using IncLead.Web.Domain.Eds;

namespace IncLead.Web.Features.Eds.Publishing;

/// <summary>
/// The labels of NHS England's EDS report template as the product prints them. The reference this project works from
/// recollects the template's fields but could not confirm their exact wording, so each label carries that flag in the
/// data (<see cref="ReportField.WordingToBeConfirmed"/>) and every output says so beside it.
/// </summary>
public static class EdsReportText
{
    public const string NotGiven = "Not given";
    public const string ToBeConfirmed = "wording to be confirmed";

    public static string LevelName(EdsLevel level) => level switch
    {
        EdsLevel.IndividualOrganisation => "Individual organisation",
        EdsLevel.Partnership => "Partnership (with other organisations in the system)",
        _ => NotGiven,
    };

    // Labels in the template's order. All flagged: none of this wording was seen in a national source.
    public const string Organisation = "Name of organisation";
    public const string BoardSponsor = "Organisation board sponsor";
    public const string EdsLead = "EDS lead";
    public const string IntegratedCareSystem = "Name of integrated care system";
    public const string Level = "Level of EDS completed";
    public const string CompletedOn = "Date completed";
    public const string PublishedOn = "Month and year published";
    public const string AuthorisedOn = "Date authorised";
    public const string AuthorisedBy = "Authorised by";
    public const string PreviousYear = "Completed actions from the previous year";
    public const string Owner = "Owner";
    public const string OrganisationRating = "EDS organisation rating";
    public const string ActionPlan = "Equality action plan";
}

/// <summary>One line of the report's header: its label, its value, and whether the label's national wording is confirmed.</summary>
public sealed record ReportField(string Label, string Value, bool WordingToBeConfirmed = true)
{
    /// <summary>The label as printed where the output cannot show a tag: with the flag in words.</summary>
    public string PrintedLabel => WordingToBeConfirmed ? $"{Label} ({EdsReportText.ToBeConfirmed})" : Label;
}

/// <summary>The report's header in the template's order, shared by the page, the PDF and the Word copy.</summary>
public static class EdsReportHeader
{
    private static readonly System.Globalization.CultureInfo EnGb = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    /// <param name="s">The summary, published or previewed.</param>
    /// <param name="publishedAt">When this copy was published; null for the live preview.</param>
    public static IReadOnlyList<ReportField> Fields(EdsSummary s, DateTime? publishedAt)
    {
        var h = s.Report;
        static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? EdsReportText.NotGiven : value;
        static string Day(DateTime d) => d.ToString("d MMMM yyyy", EnGb);
        var completed = h?.CompletedOn is { } c ? Day(c)
            : s.LastAgreedOn is { } agreed ? $"{Day(Infrastructure.Dates.ToLondon(agreed))} (the date the last score was agreed)" : EdsReportText.NotGiven;
        var published = h?.PublishedOn is { } p ? p.ToString("MMMM yyyy", EnGb)
            : publishedAt is { } at ? Infrastructure.Dates.ToLondon(at).ToString("MMMM yyyy", EnGb) : "Not published yet";
        return
        [
            new(EdsReportText.Organisation, $"{s.OrganisationName} (ODS code {s.OdsCode})"),
            new(EdsReportText.BoardSponsor, Or(s.BoardSponsor)),
            new(EdsReportText.EdsLead, Or(s.EdsLead)),
            new(EdsReportText.IntegratedCareSystem, Or(h?.IntegratedCareSystem)),
            new(EdsReportText.Level, h?.Level is { } level ? EdsReportText.LevelName(level) : EdsReportText.NotGiven),
            new(EdsReportText.CompletedOn, completed),
            new(EdsReportText.PublishedOn, published),
            new(EdsReportText.AuthorisedOn, h?.AuthorisedOn is { } a ? Day(a) : EdsReportText.NotGiven),
            new(EdsReportText.AuthorisedBy, Or(h?.AuthorisedBy)),
            // Not template fields: what the product adds so a reader knows which year and framework the grades are for.
            new("Assessment period", $"{s.CycleName}: {Day(s.CycleOpensOn)} to {Day(s.CycleClosesOn)}", WordingToBeConfirmed: false),
            new("Framework", $"{s.FrameworkTitle} (version {s.FrameworkVersion})", WordingToBeConfirmed: false),
        ];
    }

    /// <summary>The lead's account of last year's completed actions, as paragraphs.</summary>
    public static IReadOnlyList<string> PreviousYearParagraphs(EdsSummary s) =>
        s.Report is { PreviousYearActions: { Length: > 0 } text }
            ? [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
            : [];

    public static IReadOnlyList<SummaryCompletedAction> CompletedActions(EdsSummary s) => s.Report?.CompletedActions ?? [];
}

/// <summary>
/// The words a link to evidence shows. Its title; and where the title is itself a web address (pasted in), or empty,
/// "Link to evidence (site)", so a reader never meets a long raw address as link text.
/// </summary>
public static class EvidenceLinkText
{
    public static string Title(SummaryEvidence e)
    {
        var title = e.Title.Trim();
        if (title.Length > 0 && !IsWebAddress(title)) return title;
        return Site(e.Link ?? title) is { } site ? $"Link to evidence ({site})" : e.FileName is { Length: > 0 } file ? file : "Evidence item";
    }

    /// <summary>A web address's host without "www.", for the words of a link; null when it is not a web address.</summary>
    public static string? Site(string? address)
    {
        if (address is null || !Uri.TryCreate(address.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)) return null;
        var host = uri.IdnHost.Length > 0 ? uri.Host : "";
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    private static bool IsWebAddress(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
}
