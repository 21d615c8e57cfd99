using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Results;

namespace IncLead.Web.Features.Insight;

/// <summary>A cycle's results split by role group. Built from a <see cref="CycleResults"/> and the answers known only by group.</summary>
public sealed record RoleGroupResults(
    CycleResults Results,
    IReadOnlyList<RoleGroup> Groups,
    IReadOnlyList<GroupStage> Stages,
    IReadOnlyList<GroupStatement> DifferMost)
{
    /// <summary>The smallest gap between executives and non-executives worth listing for discussion (half a scale point).</summary>
    public const double NotableGap = 0.5;
    public const int DifferMostLength = 10;

    public int Threshold => GroupSuppression.EffectiveThreshold(Results.AnonymityThreshold);

    public static RoleGroupResults Build(CycleResults results, IReadOnlyList<(int StatementId, GroupAnswer Answer)> answers)
    {
        var byStatement = answers.ToLookup(a => a.StatementId, a => a.Answer);
        // Only groups somebody in this cycle belongs to get a column; a board without governors has no empty column.
        var groups = RoleGroups.All.Where(g => answers.Any(a => a.Answer.Group == g)).ToList();
        var stages = results.Stages.Select(stage =>
        {
            var factors = stage.Factors.Select(factor =>
            {
                var statements = factor.Statements.Select(s => GroupStatement.Of(s, GroupSuppression.Describe(byStatement[s.StatementId], results.AnonymityThreshold, groups))).ToList();
                return new GroupFactor(factor.Code, factor.Title, GroupLevel.Of(groups, statements), statements);
            }).ToList();
            return new GroupStage(stage.Number, stage.Title, GroupLevel.Of(groups, [.. factors.SelectMany(f => f.Statements)]), factors);
        }).ToList();
        var differMost = stages.SelectMany(s => s.Factors).SelectMany(f => f.Statements)
            .Where(s => s.Gap is { } g && Math.Abs(g) >= NotableGap)
            .OrderByDescending(s => Math.Abs(s.Gap!.Value)).ThenBy(s => s.Statement.Code, StringComparer.Ordinal)
            .Take(DifferMostLength).ToList();
        return new RoleGroupResults(results, groups, stages, differMost);
    }
}

public sealed record GroupStage(int Number, string Title, GroupLevel Level, IReadOnlyList<GroupFactor> Factors);

public sealed record GroupFactor(string Code, string Title, GroupLevel Level, IReadOnlyList<GroupStatement> Statements);

public sealed record GroupStatement(StatementResult Statement, IReadOnlyList<GroupFigure> Figures)
{
    /// <summary>Executives' mean minus non-executives' mean, when both are shown.</summary>
    public double? Gap => Gaps.Between(Figure(RoleGroup.Executive)?.Mean, Figure(RoleGroup.NonExecutive)?.Mean);

    public GroupFigure? Figure(RoleGroup group) => Figures.FirstOrDefault(f => f.Group == group);

    public static GroupStatement Of(StatementResult statement, IReadOnlyList<GroupFigure> figures) => new(statement, figures);
}

/// <summary>A factor's or stage's figures per group: the mean of the group's shown statement means and the mean of their spreads.</summary>
public sealed record GroupLevel(IReadOnlyList<(RoleGroup Group, double? Mean, double? Spread, int Shown)> Groups)
{
    public double? Gap => Gaps.Between(Groups.FirstOrDefault(g => g.Group == RoleGroup.Executive).Mean, Groups.FirstOrDefault(g => g.Group == RoleGroup.NonExecutive).Mean);

    public (RoleGroup Group, double? Mean, double? Spread, int Shown) For(RoleGroup group) => Groups.FirstOrDefault(g => g.Group == group);

    public static GroupLevel Of(IReadOnlyList<RoleGroup> groups, IReadOnlyList<GroupStatement> statements) => new([.. groups.Select(group =>
    {
        var shown = statements.Select(s => s.Figure(group)).Where(f => f is { Shown: true }).ToList();
        return (group, Statistics.MeanOfMeans(shown.Select(f => f!.Mean)), Statistics.MeanOfMeans(shown.Select(f => f!.Spread)), shown.Count);
    })]);
}

internal static class Gaps
{
    // An executive-only or non-executive-only group (e.g. the group was hidden) has no gap: absent, not zero.
    public static double? Between(double? executive, double? nonExecutive) => executive - nonExecutive;
}
