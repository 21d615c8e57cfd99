using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Scoring;

namespace IncLead.Web.Features.Actions;

/// <summary>Where actions usually come from: a cycle's low-scoring and most divergent statements, and its weakest factors.</summary>
public sealed record RaisePage(Cycle Cycle, IReadOnlyList<Cycle> Cycles, IReadOnlyList<RaiseCandidate> Low, IReadOnlyList<RaiseCandidate> Divergent,
    IReadOnlyList<FactorCandidate> LowFactors);

public sealed record RaiseCandidate(int StatementId, string Code, string Text, double? Mean, Consensus? Consensus, int ExistingActions);

public sealed record FactorCandidate(string Code, string Title, double? Mean);
