using IncLead.Web.Domain.Scoring;

namespace IncLead.Tests.Domain.Scoring;

public sealed class StatisticsTests
{
    private static Rating[] Parse(string ratings) =>
        ratings.Length == 0 ? [] : ratings.Split(' ').Select(r => r == "?" ? Rating.DontKnow : (Rating)int.Parse(r, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    // ratings ("?" = don't know), threshold → mean, median, lower quartile, upper quartile, SD
    public static TheoryData<string, int, double, double, double, double, double> Described => new()
    {
        { "0 1 2 3", 3, 1.5, 1.5, 0.75, 2.25, 1.118034 },
        { "2 2 2", 3, 2, 2, 2, 2, 0 },
        { "0 0 3 3", 3, 1.5, 1.5, 0, 3, 1.5 },
        { "1 2 2 3 ?", 3, 2, 2, 1.75, 2.25, 0.707107 },
        { "3 0 1", 3, 1.333333, 1, 0.5, 2, 1.247219 },
        { "2", 1, 2, 2, 2, 2, 0 },
        { "1 3", 2, 2, 2, 1.5, 2.5, 1 },
    };

    [Theory]
    [MemberData(nameof(Described))]
    public void Statistics_follow_the_documented_definitions(string ratings, int threshold, double mean, double median, double q1, double q3, double sd)
    {
        var s = Statistics.Describe(Parse(ratings), threshold);
        Assert.False(s.Suppressed);
        Assert.Equal(mean, s.Mean!.Value, 5);
        Assert.Equal(median, s.Median!.Value, 5);
        Assert.Equal(q1, s.LowerQuartile!.Value, 5);
        Assert.Equal(q3, s.UpperQuartile!.Value, 5);
        Assert.Equal(sd, s.StandardDeviation!.Value, 5);
        Assert.Equal(q3 - q1, s.InterquartileRange!.Value, 5);
    }

    [Fact]
    public void Distribution_counts_each_point_of_the_scale_and_leaves_out_dont_know()
    {
        var s = Statistics.Describe(Parse("0 1 1 3 3 3 ? ?"), 3);
        Assert.Equal([1, 2, 0, 3], s.Distribution!);
        Assert.Equal(6, s.Ratings);
        Assert.Equal(2, s.DontKnow);
        Assert.Equal(8, s.Answers);
    }

    [Fact]
    public void All_dont_know_gives_a_count_but_no_figures()
    {
        var s = Statistics.Describe(Parse("? ? ? ?"), 3);
        Assert.Equal(4, s.DontKnow);
        Assert.Null(s.Mean);
        Assert.Null(s.Distribution);
        Assert.Null(s.Band);
        Assert.False(s.Suppressed);
    }

    [Fact]
    public void One_respondent_is_suppressed_at_the_default_threshold()
    {
        var s = Statistics.Describe(Parse("3"), 3);
        Assert.True(s.Suppressed);
        Assert.Null(s.Mean);
        Assert.Null(s.Distribution);
        Assert.Null(s.DontKnow);
    }

    [Theory]
    [InlineData("1 2", 3, true)]
    [InlineData("1 2 ?", 3, true)]
    [InlineData("1 2 3", 3, false)]
    [InlineData("1 2 3", 4, true)]
    [InlineData("1 2 3 0", 4, false)]
    public void Figures_below_the_anonymity_threshold_are_withheld(string ratings, int threshold, bool suppressed)
    {
        var s = Statistics.Describe(Parse(ratings), threshold);
        Assert.Equal(suppressed, s.Suppressed);
        Assert.Equal(suppressed, s.Mean is null);
    }

    [Fact]
    public void Dont_know_count_is_shown_once_enough_people_answered_even_if_few_rated()
    {
        var s = Statistics.Describe(Parse("2 ? ?"), 3);
        Assert.True(s.Suppressed);
        Assert.Equal(2, s.DontKnow);
    }

    [Fact]
    public void No_answers_at_all_is_empty_not_suppressed()
    {
        var s = Statistics.Describe([], 3);
        Assert.Equal(0, s.Answers);
        Assert.Null(s.Mean);
        Assert.False(s.Suppressed);
    }

    [Fact]
    public void A_group_mean_is_the_mean_of_the_statement_means_shown()
    {
        Assert.Equal(2.0, Statistics.MeanOfMeans([1.5, 2.5, null]));
        Assert.Null(Statistics.MeanOfMeans([null, null]));
    }
}
