using IncLead.Web.Features.AgreedPositions;

namespace IncLead.Tests.Features.Home;

/// <summary>"Save and go to the next statement": the next statement without a position, going round to the start.</summary>
public sealed class DiscussionOrderTests
{
    public static TheoryData<string, int[], int?, int?> Table => new()
    {
        { "from the start", [], null, 10 },
        { "the one after", [], 10, 20 },
        { "skips agreed ones", [20, 30], 10, 40 },
        { "goes round to a skipped one", [20, 40], 30, 10 },
        { "the last one left", [10, 20, 30], 40, null },
        // Finished: every statement has a position.
        { "all agreed", [10, 20, 30, 40], null, null },
    };

    [Theory, MemberData(nameof(Table))]
    public void Next_without_a_position(string _, int[] agreed, int? after, int? expected) =>
        Assert.Equal(expected, DiscussionOrder.NextWithoutPosition([10, 20, 30, 40], agreed.ToHashSet(), after));
}
