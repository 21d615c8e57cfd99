using IncLead.Web.Domain.Cycles;

namespace IncLead.Web.Features.Cycles;

/// <summary>
/// What the equality lead's next steps are worked out from: counts and dates about one cycle, with no database in
/// sight, so the rules in <see cref="CycleTasks"/> and the home page's next task can be tested as plain data.
/// </summary>
public sealed record CycleFacts(
    int Id,
    string Name,
    CycleState State,
    DateTime OpensOn,
    DateTime ClosesOn,
    DateTime? OpenedAt,
    DateTime? ClosedAt,
    DateTime? SignedOffAt,
    DateTime? ResultsReleasedAt,
    int Respondents,
    int RespondentsFinished,
    DateTime? LastRemindedAt,
    int Statements,
    int PositionsAgreed,
    bool BoardPackDownloadedSinceSignOff,
    int ActionsFromCycle,
    EdsFacts? Eds)
{
    public bool ResultsReleased => ResultsReleasedAt is not null;
    public int RespondentsUnfinished => Respondents - RespondentsFinished;
    public bool HasResults => State is CycleState.Closed or CycleState.SignedOff;
}

/// <summary>How far the cycle's EDS grading has got; null in <see cref="CycleFacts"/> when it has not started.</summary>
public sealed record EdsFacts(int Outcomes, int OutcomesAgreed, bool Published);
