namespace IncLead.Web.Domain.Actions;

/// <summary>
/// What an action was raised from. A statement also names the factor and stage it sits in (so lists filter by stage
/// without walking the framework) and the cycle whose results prompted it (so "did it work?" knows where to start).
/// Every part is optional: an action may also stand alone.
/// </summary>
public sealed record ActionSource(int? CycleId, int? StageId, int? FactorId, int? StatementId, int? EdsOutcomeId, int? StoryId)
{
    public static readonly ActionSource None = new(null, null, null, null, null, null);

    public bool IsFreeStanding => StageId is null && FactorId is null && StatementId is null && EdsOutcomeId is null && StoryId is null;
}
