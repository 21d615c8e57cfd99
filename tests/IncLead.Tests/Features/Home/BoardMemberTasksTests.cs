using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Home;

namespace IncLead.Tests.Features.Home;

/// <summary>The board member's next task, as a table of their own progress → the panel. No database.</summary>
public sealed class BoardMemberTasksTests
{
    private static readonly DateTime Closes = new(2026, 12, 28, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Five stages of 20 statements, 10 minutes each; "c" completed, a number = statements answered.</summary>
    private static MemberCycle Cycle(int id, CycleState state, bool released, params string[] stages) => new(id, $"Cycle {id}", state, Closes.AddDays(id), released,
        [.. stages.Select((s, i) => new MemberStage(i + 1, $"Stage {i + 1}", 10, 20, s == "c" ? 20 : int.Parse(s, System.Globalization.CultureInfo.InvariantCulture), s == "c"))]);

    public static TheoryData<string, MemberCycle[], string?, string?, string?> Table => new()
    {
        // Empty: never asked to answer.
        { "no cycles", [], null, null, "You have no assessment to answer now. Your equality lead will email you when the next one opens." },
        { "not started", [Cycle(1, CycleState.Open, false, "0", "0", "0", "0", "0")],
            "0 of 5 stages completed. Closes on 29 December 2026. About 50 minutes left.", "/respond/1/stages/1", null },
        { "two done, third half answered", [Cycle(1, CycleState.Open, false, "c", "c", "10", "0", "0")],
            "2 of 5 stages completed. Closes on 29 December 2026. About 25 minutes left.", "/respond/1/stages/3", null },
        { "a gap left behind", [Cycle(1, CycleState.Open, false, "c", "19", "c", "c", "c")],
            "4 of 5 stages completed. Closes on 29 December 2026. About 5 minutes left.", "/respond/1/stages/2", null },
        // Finished: nothing due, and it says so.
        { "all five completed", [Cycle(1, CycleState.Open, false, "c", "c", "c", "c", "c")], null, null,
            "You have completed all 5 stages of Cycle 1. You can change your answers until it closes on 29 December 2026." },
        { "only closed cycles", [Cycle(1, CycleState.Closed, true, "c", "0", "0", "0", "0")], null, null,
            "You have no assessment to answer now. Your equality lead will email you when the next one opens." },
        // Two open cycles: the one closing first.
        { "two open", [Cycle(3, CycleState.Open, false, "0", "0", "0", "0", "0"), Cycle(2, CycleState.Open, false, "c", "0", "0", "0", "0")],
            "1 of 5 stages completed. Closes on 30 December 2026. About 40 minutes left.", "/respond/2/stages/2", null },
    };

    [Theory, MemberData(nameof(Table))]
    public void The_next_task_is_the_first_unfinished_stage(string _, MemberCycle[] cycles, string? detail, string? href, string? nothingDue)
    {
        var home = BoardMemberTasks.For(cycles, (9, "2025/26"));
        Assert.Equal(detail, home.Next?.Detail);
        Assert.Equal(href, home.Next?.Href);
        Assert.Equal(nothingDue, home.NothingDue);
        if (home.Next is not null) Assert.Equal("Continue", home.Next.LinkText);
        Assert.Equal((9, "2025/26"), home.LatestResults);
    }

    [Fact]
    public void Each_assessment_shows_progress_and_a_continue_or_view_button()
    {
        var rows = BoardMemberTasks.For([Cycle(3, CycleState.Open, false, "c", "c", "0", "0", "0"), Cycle(2, CycleState.SignedOff, true, "c", "c", "c", "c", "c")], null).Assessments;
        Assert.Equal(("2 of 5 stages completed", "Continue", "/respond/3/stages/3", (string?)null), (rows[0].Progress, rows[0].LinkText, rows[0].Href, rows[0].ResultsHref));
        Assert.Equal(("5 of 5 stages completed", "View", "/respond/2", "/cycles/2/results"), (rows[1].Progress, rows[1].LinkText, rows[1].Href, rows[1].ResultsHref));
    }
}
