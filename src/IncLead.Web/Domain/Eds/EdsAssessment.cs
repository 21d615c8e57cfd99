namespace IncLead.Web.Domain.Eds;

/// <summary>
/// A cycle's grading against one EDS framework version (EDS 2022 or EDS2). One per cycle: the framework version is
/// chosen when grading starts and never changes, because agreed scores are recorded against its outcomes.
/// </summary>
public sealed class EdsAssessment : IOrganisationOwned
{
    public const int NameMaxLength = 200;
    public const int SlugMaxLength = 64;
    public const int PreviousYearMaxLength = 4000;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int CycleId { get; private set; }
    public int FrameworkId { get; private set; }
    public string EdsLeadName { get; private set; } = "";
    public string BoardSponsorName { get; private set; } = "";

    /// <summary>
    /// The header of NHS England's EDS report template, as far as it is known (the reference marks the exact field
    /// wording as not confirmed). Empty or null until the equality lead fills them in; the report then shows a default
    /// worked out from data already held (see <c>EdsSummaryQuery</c>).
    /// </summary>
    public string IntegratedCareSystem { get; private set; } = "";
    public EdsLevel? Level { get; private set; }
    public DateTime? CompletedOn { get; private set; }
    public DateTime? PublishedOn { get; private set; }
    public DateTime? AuthorisedOn { get; private set; }
    public string AuthorisedBy { get; private set; } = "";

    /// <summary>The template's "completed actions from the previous year", in the equality lead's words.</summary>
    public string PreviousYearActions { get; private set; } = "";

    /// <summary>The last part of the public address, fixed at first publication so the address stays stable.</summary>
    public string? PublicSlug { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public List<EdsService> Services { get; private set; } = [];

    private EdsAssessment() { }

    public EdsAssessment(int organisationId, int cycleId, int frameworkId, string edsLeadName, string boardSponsorName, DateTime now)
    {
        OrganisationId = organisationId;
        CycleId = cycleId;
        FrameworkId = frameworkId;
        CreatedAt = now;
        Describe(edsLeadName, boardSponsorName);
    }

    public void Describe(string edsLeadName, string boardSponsorName)
    {
        EdsLeadName = edsLeadName.Trim();
        BoardSponsorName = boardSponsorName.Trim();
    }

    public void DescribeReport(string integratedCareSystem, EdsLevel? level, DateTime? completedOn, DateTime? publishedOn, DateTime? authorisedOn,
        string authorisedBy, string previousYearActions)
    {
        IntegratedCareSystem = integratedCareSystem.Trim();
        Level = level;
        CompletedOn = completedOn;
        PublishedOn = publishedOn;
        AuthorisedOn = authorisedOn;
        AuthorisedBy = authorisedBy.Trim();
        PreviousYearActions = previousYearActions.Trim();
    }

    public void FixPublicSlug(string slug) => PublicSlug ??= slug;
}

/// <summary>
/// The template's "level completed": whether the organisation graded itself alone or with partners in its system. The
/// reference recollects "individual organisation / partnership" but does not confirm the wording.
/// </summary>
public enum EdsLevel
{
    IndividualOrganisation = 1,
    Partnership = 2,
}

/// <summary>
/// A service assessed for a domain graded per service (EDS 2022 Domain 1: up to three). Numbered 1, 2, 3 so that a
/// renamed service keeps its scores.
/// </summary>
public sealed class EdsService
{
    public const int NameMaxLength = 200;

    public int Id { get; private set; }
    public int AssessmentId { get; private set; }
    public int Number { get; private set; }
    public string Name { get; private set; } = "";

    private EdsService() { }

    public EdsService(int number, string name)
    {
        Number = number;
        Rename(name);
    }

    public void Rename(string name) => Name = name.Trim();
}
