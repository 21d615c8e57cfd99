using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Insight;

namespace IncLead.Tests.Domain.Scoring;

public sealed class PriorityFormulaTests
{
    [Fact]
    public void Worked_example_with_every_part()
    {
        // Agreed 1, target 2.5, IQR 1, 2 of 8 don't know, mean fell from 2.5 to 2.
        var score = PriorityFormula.Score(new PriorityInput(Agreed: 1, Mean: 2, Target: 2.5, Spread: 1, Answers: 8, DontKnow: 2, PreviousMean: 2.5))!;
        Assert.Equal(40.0 * 2 / 3, score.Low, 6);          // 26.67: the agreed rating, not the mean, is judged
        Assert.Equal(20.0 * 1.5 / 3, score.BelowTarget, 6); // 10
        Assert.Equal(7.5, score.Disagreement, 6);
        Assert.Equal(3.75, score.DontKnow, 6);
        Assert.Equal(5, score.Fall, 6);
        Assert.Equal(52.916667, score.Total, 5);
    }

    [Fact]
    public void The_mean_is_judged_where_nothing_is_agreed_and_a_rise_or_a_target_already_met_earns_nothing()
    {
        var score = PriorityFormula.Score(new PriorityInput(null, Mean: 2.4, Target: 2, Spread: 3, Answers: 5, DontKnow: 0, PreviousMean: 1))!;
        Assert.Equal(40 * 0.6 / 3, score.Low, 6);
        Assert.Equal(0, score.BelowTarget);
        Assert.Equal(15, score.Disagreement);   // a range of 2 or more counts in full
        Assert.Equal(0, score.DontKnow);
        Assert.Equal(0, score.Fall);
    }

    [Fact]
    public void A_statement_with_no_level_is_not_ranked() =>
        Assert.Null(PriorityFormula.Score(new PriorityInput(null, null, 3, null, 2, null, 1)));

    [Fact]
    public void Ranking_is_by_total_then_code()
    {
        var items = new[] { ("B", 10.0), ("A", 10.0), ("C", 50.0) };
        var ranked = PriorityFormula.Rank(items, i => new PriorityScore(i.Item2, 0, 0, 0, 0), i => i.Item1);
        Assert.Equal(["C", "A", "B"], ranked.Select(r => r.Item1));
    }

    [Theory]
    [InlineData(2.0, 1.5, 2.0, TargetStatus.Met)]
    [InlineData(2.0, 1.5, 2.3, TargetStatus.Met)]
    [InlineData(2.0, 1.5, 1.8, TargetStatus.NotMet)]
    [InlineData(2.0, 1.5, 1.5, TargetStatus.NotMet)]
    [InlineData(2.0, 1.5, 1.2, TargetStatus.MovedAway)]
    [InlineData(2.0, null, 1.2, TargetStatus.NotMet)]
    [InlineData(2.0, 1.5, null, TargetStatus.NotKnown)]
    public void A_target_is_met_not_met_or_moved_away(double target, double? before, double? now, TargetStatus status) =>
        Assert.Equal(status, TargetOutcome.Judge(target, before, now));
}
