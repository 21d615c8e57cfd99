using IncLead.Web.Domain;
using IncLead.Web.Domain.Scoring;

namespace IncLead.Tests.Domain.Scoring;

public sealed class GroupSuppressionTests
{
    private static IEnumerable<GroupAnswer> Rated(RoleGroup group, int people, Rating rating = Rating.Achieving, string? comment = null) =>
        Enumerable.Range(0, people).Select(_ => new GroupAnswer(group, rating, comment));

    // Executives and non-executives only; every size around the threshold of 3 for the non-executives, with four executives.
    [Theory]
    [InlineData(3, 0, GroupVisibility.NoAnswers, GroupVisibility.Shown)]
    [InlineData(3, 1, GroupVisibility.TooFewRatings, GroupVisibility.ProtectsSmallerGroup)]
    [InlineData(3, 2, GroupVisibility.TooFewRatings, GroupVisibility.ProtectsSmallerGroup)]
    [InlineData(3, 3, GroupVisibility.Shown, GroupVisibility.Shown)]
    [InlineData(3, 4, GroupVisibility.Shown, GroupVisibility.Shown)]
    [InlineData(4, 3, GroupVisibility.TooFewRatings, GroupVisibility.ProtectsSmallerGroup)]
    [InlineData(4, 4, GroupVisibility.Shown, GroupVisibility.Shown)]
    [InlineData(1, 1, GroupVisibility.TooFewRatings, GroupVisibility.ProtectsSmallerGroup)]
    public void A_group_is_shown_only_from_the_threshold_and_a_lone_hidden_group_takes_another_with_it(int threshold, int nonExecutives, GroupVisibility nonExecutive, GroupVisibility executive)
    {
        var figures = GroupSuppression.Describe([.. Rated(RoleGroup.Executive, 4), .. Rated(RoleGroup.NonExecutive, nonExecutives)], threshold);
        Assert.Equal(nonExecutive, figures.Single(f => f.Group == RoleGroup.NonExecutive).Visibility);
        Assert.Equal(executive, figures.Single(f => f.Group == RoleGroup.Executive).Visibility);
        foreach (var hidden in figures.Where(f => !f.Shown)) Assert.True(hidden.Mean is null && hidden.Spread is null && hidden.Ratings is null && hidden.Comments.Count == 0);
    }

    [Fact]
    public void The_chair_alone_is_never_shown_even_with_a_threshold_of_one()
    {
        var chair = new GroupAnswer(RoleGroups.For(BoardPosition.Chair), Rating.Excelling, "As chair I think so");
        foreach (var threshold in new[] { 0, 1, 2, 3 })
        {
            var figures = GroupSuppression.Describe([chair, .. Rated(RoleGroup.Executive, 5)], threshold);
            var nonExecutives = figures.Single(f => f.Group == RoleGroup.NonExecutive);
            Assert.False(nonExecutives.Shown);
            Assert.Empty(nonExecutives.Comments);
            // Shown, the executives' figures and the board's would give the chair's rating away by subtraction.
            Assert.False(figures.Single(f => f.Group == RoleGroup.Executive).Shown);
        }
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(2, false)]
    public void Dont_know_answers_do_not_count_towards_the_threshold(int dontKnows, bool shown)
    {
        var nonExecutives = Rated(RoleGroup.NonExecutive, 3 - dontKnows).Concat(Rated(RoleGroup.NonExecutive, dontKnows, Rating.DontKnow, "Not sure"));
        var figures = GroupSuppression.Describe([.. nonExecutives, .. Rated(RoleGroup.Executive, 3), .. Rated(RoleGroup.Governor, 3)], 3);
        var figure = figures.Single(f => f.Group == RoleGroup.NonExecutive);
        Assert.Equal(shown, figure.Shown);
        Assert.Equal(shown ? GroupVisibility.Shown : GroupVisibility.TooFewRatings, figure.Visibility);
        if (!shown) Assert.Empty(figure.Comments);
    }

    [Fact]
    public void Comments_without_ratings_make_a_group_one_to_protect()
    {
        // Someone who only said "don't know" and commented is still a person whose comment could be singled out.
        var figures = GroupSuppression.Describe([.. Rated(RoleGroup.Executive, 3), .. Rated(RoleGroup.NonExecutive, 3), new GroupAnswer(RoleGroup.Governor, Rating.DontKnow, "Governor view")], 3);
        Assert.Equal(GroupVisibility.TooFewRatings, figures.Single(f => f.Group == RoleGroup.Governor).Visibility);
        Assert.Equal(1, figures.Count(f => f.Visibility == GroupVisibility.ProtectsSmallerGroup));
        Assert.DoesNotContain(figures, f => f.Comments.Contains("Governor view"));
    }

    [Fact]
    public void Two_hidden_groups_need_no_further_hiding()
    {
        var figures = GroupSuppression.Describe([.. Rated(RoleGroup.Executive, 4), .. Rated(RoleGroup.NonExecutive, 4), .. Rated(RoleGroup.Governor, 2), .. Rated(RoleGroup.Other, 1)], 3);
        Assert.True(figures.Single(f => f.Group == RoleGroup.Executive).Shown);
        Assert.True(figures.Single(f => f.Group == RoleGroup.NonExecutive).Shown);
    }

    [Fact]
    public void A_shown_group_has_its_mean_spread_and_comments()
    {
        var figures = GroupSuppression.Describe([
            new GroupAnswer(RoleGroup.Executive, Rating.Undeveloped, null), new GroupAnswer(RoleGroup.Executive, Rating.Achieving, "Exec view"),
            new GroupAnswer(RoleGroup.Executive, Rating.Excelling, null), .. Rated(RoleGroup.NonExecutive, 3, Rating.Developing)], 3);
        var executives = figures.Single(f => f.Group == RoleGroup.Executive);
        Assert.Equal(5.0 / 3, executives.Mean!.Value, 6);
        Assert.Equal(1.5, executives.Spread);
        Assert.Equal(["Exec view"], executives.Comments);
    }

    [Theory]
    [InlineData(BoardPosition.Chair, RoleGroup.NonExecutive)]
    [InlineData(BoardPosition.NonExecutiveDirector, RoleGroup.NonExecutive)]
    [InlineData(BoardPosition.ChiefExecutive, RoleGroup.Executive)]
    [InlineData(BoardPosition.ExecutiveDirector, RoleGroup.Executive)]
    [InlineData(BoardPosition.Governor, RoleGroup.Governor)]
    [InlineData(BoardPosition.Other, RoleGroup.Other)]
    [InlineData(BoardPosition.None, RoleGroup.Other)]
    public void Board_positions_map_to_groups(BoardPosition position, RoleGroup group) => Assert.Equal(group, RoleGroups.For(position));
}
