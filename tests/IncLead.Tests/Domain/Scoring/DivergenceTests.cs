using IncLead.Web.Domain.Scoring;

namespace IncLead.Tests.Domain.Scoring;

public sealed class DivergenceTests
{
    private sealed record Item(string Code, StatementStatistics Stats);

    private static Item Make(string code, params int[] ratings) => new(code, Statistics.Describe(ratings.Select(r => (Rating)r), 3));

    private static IReadOnlyList<string> Top(IEnumerable<Item> items, int length = 10) =>
        Divergence.MostDivergent(items, i => i.Stats, i => i.Code, length).Select(i => i.Code).ToList();

    [Fact]
    public void Statements_are_ranked_by_interquartile_range_then_standard_deviation()
    {
        var items = new[]
        {
            Make("A", 0, 3, 0, 3),      // IQR 3
            Make("B", 1, 2, 1, 2),      // IQR 1, SD 0.5
            Make("C", 0, 2, 0, 2, 1),   // IQR 2
            Make("D", 0, 1, 2, 1, 1, 2, 0), // IQR 1, SD larger than B's
            Make("E", 2, 2, 2),         // IQR 0: agreement, not listed
        };
        Assert.Equal(["A", "C", "D", "B"], Top(items));
    }

    [Fact]
    public void Ties_at_the_cut_off_are_all_kept()
    {
        var items = new[] { Make("A", 0, 3, 0, 3), Make("B", 0, 2, 0, 2), Make("C", 0, 2, 0, 2), Make("D", 0, 2, 0, 2), Make("E", 1, 2, 1, 2) };
        Assert.Equal(["A", "B", "C", "D"], Top(items, length: 2));
    }

    [Fact]
    public void Equal_statements_are_ordered_by_code_so_the_list_is_stable() =>
        Assert.Equal(["S1.F1.01", "S1.F1.02"], Top([Make("S1.F1.02", 0, 3, 0, 3), Make("S1.F1.01", 0, 3, 0, 3)]));

    [Fact]
    public void Suppressed_and_all_dont_know_statements_are_never_listed()
    {
        var suppressed = Make("A", 0, 3);
        var unknown = new Item("B", Statistics.Describe([Rating.DontKnow, Rating.DontKnow, Rating.DontKnow], 3));
        Assert.Empty(Top([suppressed, unknown]));
    }
}
