using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Domain.Frameworks;

namespace IncLead.Web.Features.Eds;

/// <summary>Everything the EDS pages show about one cycle's assessment: its outcomes with their status, the agreed scores and the totals.</summary>
public sealed record EdsWorkspace(
    Cycle Cycle,
    EdsAssessment Assessment,
    EdsFrameworkInfo Framework,
    IReadOnlyList<DomainView> Domains,
    IReadOnlyList<EdsService> Services,
    EdsTotals? Totals,
    bool DomainBandsConfirmed)
{
    public IEnumerable<OutcomeView> Outcomes => Domains.SelectMany(d => d.Outcomes);

    public OutcomeView? Outcome(int outcomeId) => Outcomes.FirstOrDefault(o => o.Id == outcomeId);

    public DomainView DomainOf(int outcomeId) => Domains.First(d => d.Outcomes.Any(o => o.Id == outcomeId));

    public DomainTotal? TotalFor(string domainCode) => Totals?.Domains.FirstOrDefault(d => d.Code == domainCode);

    /// <summary>Totals and ratings exist only for EDS 2022; EDS2 graded outcomes one by one and chose which to grade.</summary>
    public bool HasTotals => Framework.Kind == FrameworkKind.Eds2022;
}

public sealed record EdsFrameworkInfo(int Id, string Title, string Version, FrameworkKind Kind, IReadOnlyList<GradeName> Grades)
{
    public string DisplayName => $"{Title} (version {Version})";

    public string GradeName(int? score) => score is { } s ? Grades.FirstOrDefault(g => g.Score == s)?.Name ?? s.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
}

public sealed record GradeName(int Score, string Name, string Colour, string Description, bool WordingToBeConfirmed = false);

public sealed record DomainView(int Id, string Code, int Number, string Title, bool PerService, int? MaxServices, bool WordingToBeConfirmed, IReadOnlyList<OutcomeView> Outcomes);

public sealed record OutcomeView(int Id, string Code, string Text, string Guidance, bool WordingToBeConfirmed, OutcomeStatus Status,
    int EvidenceCount, int ProvisionalCount, AgreedView? Agreed);

public sealed record AgreedView(int? Score, IReadOnlyDictionary<int, int> ServiceScores, string Rationale, DateTime AgreedOn, string Present,
    Guid Version, string UpdatedByName, DateTime UpdatedAt, string Owner = "")
{
    public AgreedOutcomeScore ToScore() => new(Score, ServiceScores);
}

/// <summary>How far an outcome has got, in the order grading goes.</summary>
public enum OutcomeStatus
{
    NoEvidence,
    EvidenceGathered,
    ProvisionalScoresIn,
    Agreed,
}
