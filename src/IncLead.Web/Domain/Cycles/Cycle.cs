namespace IncLead.Web.Domain.Cycles;

/// <summary>
/// One year's assessment by a board against one framework version. The dates are the plan the equality lead
/// publishes; the state is what the equality lead has done, so a cycle never opens or closes behind anyone's back.
/// </summary>
public sealed class Cycle : IOrganisationOwned
{
    public const int NameMaxLength = 100;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Name { get; private set; } = "";
    public int FrameworkId { get; private set; }
    public DateTime OpensOn { get; private set; }
    public DateTime ClosesOn { get; private set; }
    public CycleState State { get; private set; }
    public int? PreviousCycleId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? OpenedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    public DateTime? ResultsReleasedAt { get; private set; }
    public DateTime? SignedOffAt { get; private set; }

    private Cycle() { }

    public Cycle(int organisationId, string name, int frameworkId, DateTime opensOn, DateTime closesOn, int? previousCycleId, DateTime now)
    {
        OrganisationId = organisationId;
        FrameworkId = frameworkId;
        PreviousCycleId = previousCycleId;
        CreatedAt = now;
        Plan(name, opensOn, closesOn);
    }

    public bool AcceptsAnswers => State == CycleState.Open;
    public bool ResultsReleased => ResultsReleasedAt is not null;

    public void Plan(string name, DateTime opensOn, DateTime closesOn)
    {
        if (State != CycleState.Draft) throw new InvalidOperationException("Only a draft cycle can be changed.");
        if (closesOn.Date < opensOn.Date) throw new ArgumentException("A cycle cannot close before it opens.", nameof(closesOn));
        Name = name.Trim();
        OpensOn = DateTime.SpecifyKind(opensOn.Date, DateTimeKind.Utc);
        ClosesOn = DateTime.SpecifyKind(closesOn.Date, DateTimeKind.Utc);
    }

    /// <summary>
    /// Moves a draft to another framework version. Answers belong to one version's statements, so once anyone has
    /// answered the version is fixed for good; results move to later versions only through the mapping files.
    /// </summary>
    public void UseFramework(int frameworkId, bool anyoneHasAnswered)
    {
        if (frameworkId == FrameworkId) return;
        if (anyoneHasAnswered) throw new InvalidOperationException("The framework version cannot change once anyone has answered.");
        if (State != CycleState.Draft) throw new InvalidOperationException("Only a draft cycle can be changed.");
        FrameworkId = frameworkId;
    }

    public void Open(DateTime now)
    {
        if (State != CycleState.Draft) throw new InvalidOperationException($"A {State} cycle cannot be opened.");
        State = CycleState.Open;
        OpenedAt = now;
    }

    public void Close(DateTime now)
    {
        if (State != CycleState.Open) throw new InvalidOperationException($"A {State} cycle cannot be closed.");
        State = CycleState.Closed;
        ClosedAt = now;
    }

    public void ReleaseResults(DateTime now)
    {
        if (State == CycleState.Draft) throw new InvalidOperationException("A draft cycle has no results to release.");
        ResultsReleasedAt ??= now;
    }

    public void MarkSignedOff(DateTime now)
    {
        if (State != CycleState.Closed) throw new InvalidOperationException("Only a closed cycle can be signed off.");
        State = CycleState.SignedOff;
        SignedOffAt = now;
    }
}
