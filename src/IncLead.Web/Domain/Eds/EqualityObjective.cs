namespace IncLead.Web.Domain.Eds;

/// <summary>
/// An equality objective or action the organisation sets from its EDS grading, as text. Kept simple until the action
/// plan can be linked; only those marked for publication appear on the published summary.
/// </summary>
public sealed class EqualityObjective : IOrganisationOwned
{
    public const int TextMaxLength = 1000;
    public const int ActionMaxLength = 1000;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int AssessmentId { get; private set; }
    public string Text { get; private set; } = "";
    public bool Publish { get; private set; }

    /// <summary>The EDS outcome the objective answers (its domain follows), for the template's equality action plan; null for one across the whole assessment.</summary>
    public int? OutcomeId { get; private set; }

    /// <summary>The action that delivers the objective, and when it is to be complete: the action plan's last two columns.</summary>
    public string Action { get; private set; } = "";
    public DateTime? CompleteBy { get; private set; }
    public DateTime CreatedAt { get; private set; }

    private EqualityObjective() { }

    public EqualityObjective(int organisationId, int assessmentId, string text, bool publish, DateTime now)
    {
        OrganisationId = organisationId;
        AssessmentId = assessmentId;
        CreatedAt = now;
        Change(text, publish);
    }

    public void Change(string text, bool publish)
    {
        Text = text.Trim();
        Publish = publish;
    }

    public void Plan(int? outcomeId, string action, DateTime? completeBy)
    {
        OutcomeId = outcomeId;
        Action = action.Trim();
        CompleteBy = completeBy;
    }
}
