namespace IncLead.Web.Domain.Cycles;

/// <summary>A respondent's explicit "I have finished this stage". Deleted again when they undo it.</summary>
public sealed class StageCompletion : IOrganisationOwned
{
    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int RespondentId { get; private set; }
    public int StageId { get; private set; }
    public DateTime CompletedAt { get; private set; }

    private StageCompletion() { }

    public StageCompletion(int organisationId, int respondentId, int stageId, DateTime now)
    {
        OrganisationId = organisationId;
        RespondentId = respondentId;
        StageId = stageId;
        CompletedAt = now;
    }
}
