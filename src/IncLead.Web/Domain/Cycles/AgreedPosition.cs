using IncLead.Web.Domain.Scoring;

namespace IncLead.Web.Domain.Cycles;

/// <summary>
/// What the board agreed about one statement after discussing the results. Several people may edit it, so every
/// change takes a new <see cref="Version"/>; a save based on an older version is refused rather than overwriting.
/// </summary>
public sealed class AgreedPosition : IOrganisationOwned
{
    public const int RationaleMaxLength = 2000;
    public const int DissentMaxLength = 2000;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int CycleId { get; private set; }
    public int StatementId { get; private set; }
    public Rating Rating { get; private set; }
    public string Rationale { get; private set; } = "";
    public string? Dissent { get; private set; }
    public Guid Version { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedByName { get; private set; } = "";

    private AgreedPosition() { }

    public AgreedPosition(int organisationId, int cycleId, int statementId, Rating rating, string rationale, string? dissent, string byName, DateTime now)
    {
        OrganisationId = organisationId;
        CycleId = cycleId;
        StatementId = statementId;
        Change(rating, rationale, dissent, byName, now);
    }

    public void Change(Rating rating, string rationale, string? dissent, string byName, DateTime now)
    {
        if (rating.Score() is null) throw new ArgumentException("An agreed position needs a rating on the scale.", nameof(rating));
        Rating = rating;
        Rationale = rationale.Trim();
        Dissent = string.IsNullOrWhiteSpace(dissent) ? null : dissent.Trim();
        UpdatedByName = byName.Length > 256 ? byName[..256] : byName;
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}
