using IncLead.Web.Domain.Scoring;

namespace IncLead.Web.Features.Results;

/// <summary>
/// A cycle's results as the board may see them: no names, figures below the anonymity threshold withheld. The same
/// records are frozen as JSON at sign-off, so a signed-off cycle always shows exactly what was signed.
/// </summary>
public sealed record CycleResults(
    int CycleId,
    string CycleName,
    string Framework,
    int AnonymityThreshold,
    int Respondents,
    int RespondentsAnswered,
    Figure Overall,
    IReadOnlyList<StageResult> Stages,
    DateTime CalculatedAt)
{
    public IEnumerable<FactorResult> AllFactors => Stages.SelectMany(s => s.Factors);
    public IEnumerable<StatementResult> AllStatements => AllFactors.SelectMany(f => f.Statements);
}

public sealed record StageResult(string Code, int Number, string Title, Figure Figure, IReadOnlyList<FactorResult> Factors);

public sealed record FactorResult(string Code, string Title, Figure Figure, IReadOnlyList<StatementResult> Statements);

public sealed record StatementResult(int StatementId, string Code, string Text, StatementStatistics Statistics, IReadOnlyList<string> Comments);

/// <summary>The mean of the shown statement means in a factor, stage or the whole cycle, with its band.</summary>
public sealed record Figure(double? Mean, int StatementsShown, int Statements)
{
    public Band? Band => Bands.For(Mean);

    public static Figure Of(IReadOnlyCollection<StatementResult> statements) =>
        new(Statistics.MeanOfMeans(statements.Select(s => s.Statistics.Mean)), statements.Count(s => s.Statistics.Mean is not null), statements.Count);
}
