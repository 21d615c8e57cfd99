using System.Text.Json;
using System.Text.Json.Serialization;
using IncLead.Web.Domain.Frameworks;

namespace IncLead.Web.Features.Eds.Publishing;

/// <summary>
/// The EDS summary report, in the shape of NHS England's: organisation, EDS lead, board sponsor, dates, each outcome's
/// score and evidence summary, domain totals, the overall rating, and the equality objectives chosen for publication.
/// It holds only what may be published (public evidence, published objectives, no panellist), so the public page and
/// the PDF can render it as it is. Published copies are stored as JSON, so its shape only ever grows.
/// </summary>
public sealed record EdsSummary(
    string OrganisationName,
    string OdsCode,
    string CycleName,
    DateTime CycleOpensOn,
    DateTime CycleClosesOn,
    string FrameworkTitle,
    string FrameworkVersion,
    FrameworkKind FrameworkKind,
    string EdsLead,
    string BoardSponsor,
    DateTime? LastAgreedOn,
    IReadOnlyList<SummaryGrade> Grades,
    IReadOnlyList<SummaryDomain> Domains,
    int? OrganisationTotal,
    int OrganisationMaximum,
    int? OrganisationRating,
    string? OrganisationRatingName,
    bool DomainBandsConfirmed,
    IReadOnlyList<string> Objectives,
    DateTime PreparedAt,
    SummaryReportHeader? Report = null,
    IReadOnlyList<SummaryPlanRow>? ActionPlan = null)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>EDS 2022 has totals and an overall rating; EDS2 graded outcomes one by one.</summary>
    [JsonIgnore]
    public bool HasTotals => FrameworkKind == FrameworkKind.Eds2022;

    [JsonIgnore]
    public int OutcomesAgreed => Domains.Sum(d => d.Outcomes.Count(o => o.IsAgreed));

    [JsonIgnore]
    public int OutcomeCount => Domains.Sum(d => d.Outcomes.Count);

    /// <summary>Whether the framework file marks this grade's national wording as not confirmed.</summary>
    public bool GradeToBeConfirmed(int? score) => Grades.Any(g => g.Score == score && g.WordingToBeConfirmed);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static EdsSummary FromJson(string json) => JsonSerializer.Deserialize<EdsSummary>(json, Json)
        ?? throw new InvalidOperationException("An empty EDS summary snapshot.");
}

/// <summary>A grade as published; copies published before the grade-level flag was kept read it as false.</summary>
public sealed record SummaryGrade(int Score, string Name, string Colour, bool WordingToBeConfirmed = false);

public sealed record SummaryDomain(
    string Code,
    string Title,
    bool WordingToBeConfirmed,
    bool PerService,
    IReadOnlyList<string> Services,
    IReadOnlyList<SummaryOutcome> Outcomes,
    int? Total,
    decimal? Unrounded,
    int Maximum,
    IReadOnlyList<SummaryServiceTotal> ServiceTotals,
    int? Rating,
    string? RatingName);

public sealed record SummaryOutcome(
    string Code,
    string Text,
    bool WordingToBeConfirmed,
    int? Score,
    string? ScoreName,
    IReadOnlyList<SummaryServiceScore> ServiceScores,
    string? EvidenceSummary,
    DateTime? AgreedOn,
    IReadOnlyList<SummaryEvidence> Evidence,
    string? Owner = null)
{
    [JsonIgnore]
    public bool IsAgreed => AgreedOn is not null;
}

public sealed record SummaryServiceScore(string Service, int Score, string ScoreName);

public sealed record SummaryServiceTotal(string Service, int? Total);

public sealed record SummaryEvidence(int Id, string Title, string Summary, string? Link, string? FileName, long? FileSize, DateTime EvidenceDate);

/// <summary>
/// The report template's header fields the assessment holds beyond the EDS lead and board sponsor, as entered (null or
/// empty where not given), and the actions linked to EDS outcomes that were completed in the year before. Copies
/// published before the report followed the template have none and read as null.
/// </summary>
public sealed record SummaryReportHeader(
    string Region,
    string IntegratedCareSystem,
    Domain.Eds.EdsLevel? Level,
    DateTime? CompletedOn,
    DateTime? PublishedOn,
    DateTime? AuthorisedOn,
    string AuthorisedBy,
    string PreviousYearActions,
    IReadOnlyList<SummaryCompletedAction> CompletedActions);

public sealed record SummaryCompletedAction(string Title, string? OutcomeCode, DateTime CompletedOn);

/// <summary>A row of the equality action plan: a published objective with the outcome it answers, its action and completion date.</summary>
public sealed record SummaryPlanRow(string? DomainCode, string? DomainTitle, string? OutcomeCode, string? OutcomeText, bool OutcomeWordingToBeConfirmed,
    string Objective, string Action, DateTime? CompleteBy);
