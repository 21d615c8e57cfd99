namespace IncLead.Web.Domain.Cycles;

/// <summary>A board member (or governor) asked to answer one cycle. Their identity never leaves their own pages.</summary>
public sealed class Respondent : IOrganisationOwned
{
    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int CycleId { get; private set; }
    public string UserId { get; private set; } = "";
    public DateTime AddedAt { get; private set; }
    public DateTime? InvitedAt { get; private set; }
    public DateTime? LastRemindedAt { get; private set; }

    private Respondent() { }

    public Respondent(int organisationId, int cycleId, string userId, DateTime now)
    {
        OrganisationId = organisationId;
        CycleId = cycleId;
        UserId = userId;
        AddedAt = now;
    }

    public void MarkInvited(DateTime now) => InvitedAt = now;

    public void MarkReminded(DateTime now) => LastRemindedAt = now;
}
