namespace IncLead.Web.Domain.Eds;

/// <summary>
/// A cycle's grading against one EDS framework version (EDS 2022 or EDS2). One per cycle: the framework version is
/// chosen when grading starts and never changes, because agreed scores are recorded against its outcomes.
/// </summary>
public sealed class EdsAssessment : IOrganisationOwned
{
    public const int NameMaxLength = 200;
    public const int SlugMaxLength = 64;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int CycleId { get; private set; }
    public int FrameworkId { get; private set; }
    public string EdsLeadName { get; private set; } = "";
    public string BoardSponsorName { get; private set; } = "";

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

    public void FixPublicSlug(string slug) => PublicSlug ??= slug;
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
