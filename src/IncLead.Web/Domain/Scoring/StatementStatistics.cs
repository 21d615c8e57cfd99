namespace IncLead.Web.Domain.Scoring;

/// <summary>
/// What the board said about one statement, without saying who said it. When fewer people rated it than the
/// organisation's anonymity threshold, every figure is withheld (<see cref="Suppressed"/>) and only the counts that
/// are themselves safe remain.
/// </summary>
public sealed record StatementStatistics(
    int Answers,
    int Ratings,
    int? DontKnow,
    IReadOnlyList<int>? Distribution,
    double? Mean,
    double? Median,
    double? LowerQuartile,
    double? UpperQuartile,
    double? StandardDeviation,
    bool Suppressed)
{
    public double? InterquartileRange => UpperQuartile - LowerQuartile;
    public Band? Band => Bands.For(Mean);
    public Consensus? Consensus => ConsensusLevels.For(InterquartileRange);
}
