namespace IncLead.Web.Domain.Eds;

/// <summary>
/// A stakeholder (Healthwatch, a community group, a staff network, a trade union) asked to review chosen outcomes.
/// They have no account: the emailed link is their key. Only a hash of its token is stored, it expires, and the
/// equality lead can revoke it.
/// </summary>
public sealed class Panellist : IOrganisationOwned
{
    public const int NameMaxLength = 200;
    public const int EmailMaxLength = 256;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int AssessmentId { get; private set; }
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    public DateTime InvitedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public DateTime? LastVisitedAt { get; private set; }
    public string InvitedByName { get; private set; } = "";
    public List<PanellistOutcome> Outcomes { get; private set; } = [];

    private Panellist() { }

    public Panellist(int organisationId, int assessmentId, string name, string email, string tokenHash, IEnumerable<int> outcomeIds,
        string invitedByName, DateTime now, TimeSpan lifetime)
    {
        if (lifetime <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(lifetime), "A panel link must last some time.");
        OrganisationId = organisationId;
        AssessmentId = assessmentId;
        Name = name.Trim();
        Email = email.Trim();
        TokenHash = tokenHash;
        InvitedByName = invitedByName.Length > 256 ? invitedByName[..256] : invitedByName;
        InvitedAt = now;
        ExpiresAt = now + lifetime;
        Outcomes = [.. outcomeIds.Distinct().Select(id => new PanellistOutcome(id))];
        if (Outcomes.Count == 0) throw new ArgumentException("A panellist reviews at least one outcome.", nameof(outcomeIds));
    }

    public PanelLinkState StateAt(DateTime now) =>
        RevokedAt is not null ? PanelLinkState.Revoked
        : now >= ExpiresAt ? PanelLinkState.Expired
        : PanelLinkState.Active;

    public bool CanReview(int outcomeId) => Outcomes.Any(o => o.OutcomeId == outcomeId);

    public void Revoke(DateTime now) => RevokedAt ??= now;

    public void Visited(DateTime now) => LastVisitedAt = now;
}

public enum PanelLinkState
{
    Active,
    Expired,
    Revoked,
}

/// <summary>An outcome a panellist's link was issued for.</summary>
public sealed class PanellistOutcome
{
    public int Id { get; private set; }
    public int PanellistId { get; private set; }
    public int OutcomeId { get; private set; }

    private PanellistOutcome() { }

    public PanellistOutcome(int outcomeId) => OutcomeId = outcomeId;
}

/// <summary>A panellist's provisional score and comment on one outcome. They may change it until the link ends.</summary>
public sealed class ProvisionalScore : IOrganisationOwned
{
    public const int CommentMaxLength = 2000;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PanellistId { get; private set; }
    public int OutcomeId { get; private set; }
    public int Score { get; private set; }
    public string Comment { get; private set; } = "";
    public DateTime SubmittedAt { get; private set; }

    private ProvisionalScore() { }

    public ProvisionalScore(int organisationId, int panellistId, int outcomeId, int score, string? comment, DateTime now)
    {
        OrganisationId = organisationId;
        PanellistId = panellistId;
        OutcomeId = outcomeId;
        Change(score, comment, now);
    }

    public void Change(int score, string? comment, DateTime now)
    {
        EdsScale.Guard(score);
        Score = score;
        Comment = comment?.Trim() ?? "";
        SubmittedAt = now;
    }
}
