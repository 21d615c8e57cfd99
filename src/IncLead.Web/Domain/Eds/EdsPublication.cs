namespace IncLead.Web.Domain.Eds;

/// <summary>
/// A published EDS summary: a frozen copy of what the equality lead chose to publish, so the public page shows
/// exactly that and nothing edited since. Withdrawing it takes the page down; publishing again makes a new one.
/// </summary>
public sealed class EdsPublication : IOrganisationOwned
{
    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int AssessmentId { get; private set; }
    public string Slug { get; private set; } = "";
    public string Snapshot { get; private set; } = "";
    public DateTime PublishedAt { get; private set; }
    public string PublishedByName { get; private set; } = "";
    public DateTime? WithdrawnAt { get; private set; }

    private EdsPublication() { }

    public EdsPublication(int organisationId, int assessmentId, string slug, string snapshot, string byName, DateTime now)
    {
        OrganisationId = organisationId;
        AssessmentId = assessmentId;
        Slug = slug;
        Snapshot = snapshot;
        PublishedByName = byName.Length > 256 ? byName[..256] : byName;
        PublishedAt = now;
    }

    public bool IsLive => WithdrawnAt is null;

    public void Withdraw(DateTime now) => WithdrawnAt ??= now;
}
