using IncLead.Web.Domain.Cycles;

namespace IncLead.Tests.Domain;

public sealed class CycleFrameworkTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_draft_nobody_has_answered_may_move_to_another_version()
    {
        var cycle = new Cycle(1, "2026/27", frameworkId: 1, Now, Now.AddDays(28), null, Now);
        cycle.UseFramework(2, anyoneHasAnswered: false);
        Assert.Equal(2, cycle.FrameworkId);
    }

    [Fact]
    public void A_cycle_cannot_change_version_once_anyone_has_answered()
    {
        var cycle = new Cycle(1, "2026/27", frameworkId: 1, Now, Now.AddDays(28), null, Now);
        var ex = Assert.Throws<InvalidOperationException>(() => cycle.UseFramework(2, anyoneHasAnswered: true));
        Assert.Equal("The framework version cannot change once anyone has answered.", ex.Message);
        Assert.Equal(1, cycle.FrameworkId);

        cycle.Open(Now);
        Assert.Throws<InvalidOperationException>(() => cycle.UseFramework(2, anyoneHasAnswered: false));
        Assert.Equal(1, cycle.FrameworkId);
    }
}
