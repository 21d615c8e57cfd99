namespace IncLead.Web.Domain.Benchmarking;

/// <summary>
/// What one opted-in organisation shares for one framework version: the stage and statement means of its latest
/// signed-off cycle, copied from the frozen sign-off snapshot. Nothing else: no answers, comments, names or actions.
/// Deleted when the organisation opts out.
/// </summary>
public sealed class BenchmarkContribution : IOrganisationOwned
{
    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int FrameworkId { get; private set; }
    public int CycleId { get; private set; }
    public PeerGroup PeerGroup { get; private set; }
    public DateTime SignedOffAt { get; private set; }

    /// <summary>JSON object of key ("stage:CODE" or "statement:CODE") to mean; withheld means are simply absent.</summary>
    public string Means { get; private set; } = "{}";
    public DateTime SharedAt { get; private set; }

    private BenchmarkContribution() { }

    public BenchmarkContribution(int organisationId, int frameworkId, int cycleId, PeerGroup peerGroup, DateTime signedOffAt, string means, DateTime now)
    {
        OrganisationId = organisationId;
        FrameworkId = frameworkId;
        CycleId = cycleId;
        PeerGroup = peerGroup;
        SignedOffAt = signedOffAt;
        Means = means;
        SharedAt = now;
    }
}
