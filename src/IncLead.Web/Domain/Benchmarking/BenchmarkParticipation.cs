namespace IncLead.Web.Domain.Benchmarking;

/// <summary>
/// An organisation's choice about the benchmark. Off unless a trust admin opts in. The peer group is fixed once the
/// organisation's figures have been shared, so nobody can move an organisation between groups to isolate it.
/// </summary>
public sealed class BenchmarkParticipation : IOrganisationOwned
{
    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public bool OptedIn { get; private set; }
    public PeerGroup PeerGroup { get; private set; }
    public DateTime ChangedAt { get; private set; }
    public string ChangedByName { get; private set; } = "";

    /// <summary>When the organisation's figures were first shared; from then on the peer group cannot change.</summary>
    public DateTime? FirstSharedAt { get; private set; }

    private BenchmarkParticipation() { }

    public BenchmarkParticipation(int organisationId, PeerGroup peerGroup, DateTime now)
    {
        OrganisationId = organisationId;
        PeerGroup = peerGroup;
        ChangedAt = now;
    }

    public bool MayChangeGroupTo(PeerGroup group) => group == PeerGroup || FirstSharedAt is null;

    public void OptIn(PeerGroup group, string byName, DateTime now)
    {
        if (!MayChangeGroupTo(group)) throw new InvalidOperationException("The organisation type cannot change once figures have been shared.");
        OptedIn = true;
        PeerGroup = group;
        Touch(byName, now);
    }

    public void OptOut(string byName, DateTime now)
    {
        OptedIn = false;
        Touch(byName, now);
    }

    public void MarkShared(DateTime now) => FirstSharedAt ??= now;

    private void Touch(string byName, DateTime now)
    {
        ChangedByName = byName.Length > 256 ? byName[..256] : byName;
        ChangedAt = now;
    }
}
