using IncLead.Web.Domain.Cycles;

namespace IncLead.Web.Features.Insight;

/// <summary>The targets form: one optional level per stage, and optionally one statement's level per save.</summary>
public sealed class TargetForm
{
    public List<StageTargetInput> Stages { get; set; } = [];
    public string? StatementCode { get; set; }
    public string? StatementLevel { get; set; }
}

public sealed class StageTargetInput
{
    public string Code { get; set; } = "";
    public string? Level { get; set; }
}

public sealed record TargetsPage(Cycle Cycle, CycleReadingSummary Summary, IReadOnlyList<TargetOutcome> Outcomes, bool MaySet,
    IReadOnlyList<BoardTarget> SetHere, TargetForm Form);

/// <summary>Just what the targets page needs of the results: stage and statement labels.</summary>
public sealed record CycleReadingSummary(string CycleName, IReadOnlyList<(string Code, int Number, string Title)> Stages, IReadOnlyList<(string Code, string Text, string StageCode)> Statements, string? PreviousName);
