using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Actions;
using IncLead.Web.Features.Eds.Publishing;
using IncLead.Web.Features.Results;
using IncLead.Web.Reporting;

namespace IncLead.Tests.Features.Reporting;

/// <summary>Every sentence the key messages page generates, checked against the figures it states.</summary>
public sealed class KeyMessagesTests
{
    private static readonly DateTime Now = new(2027, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private static StatementStatistics Stats(double? mean, double lower = 1, double upper = 1, bool suppressed = false) =>
        new(6, 6, 0, [1, 1, 2, 2], mean, mean, lower, upper, 0.5, suppressed);

    private static StatementResult Statement(string code, string text, double? mean, double lower = 1, double upper = 1) =>
        new(code.GetHashCode(StringComparison.Ordinal), code, text, Stats(mean, lower, upper), []);

    private static StageResult Stage(int number, string title, double? mean, params StatementResult[] statements) =>
        new($"S{number}", number, title, new Figure(mean, mean is null ? 0 : 1, 1), [new FactorResult($"F{number}", "Factor", new Figure(mean, 1, 1), statements)]);

    private static CycleResults Results(string name, params StageResult[] stages) =>
        new(1, name, "IncLeaD Toolkit (version 2012)", 3, 8, 8, new Figure(1.5, stages.Length, stages.Length), stages, Now);

    [Fact]
    public void Strongest_and_weakest_stages_name_the_highest_and_lowest_scores_as_printed()
    {
        var results = Results("2026/27", Stage(1, "The board room", 1.84), Stage(2, "Leadership", 2.26), Stage(3, "The bus stop", 0.72), Stage(4, "Hidden", null));
        Assert.Equal(
            ["The strongest stage is stage 2, Leadership, at 2.3 out of 3 (Achieving).", "The weakest stage is stage 3, The bus stop, at 0.7 out of 3 (Developing)."],
            KeyMessages.StrongestAndWeakest(results));
    }

    [Fact]
    public void Stages_that_print_the_same_are_not_called_strongest_and_weakest()
    {
        Assert.Equal(["Every stage shown scored 1.5 out of 3 (Achieving)."], KeyMessages.StrongestAndWeakest(Results("x", Stage(1, "A", 1.52), Stage(2, "B", 1.49))));
        Assert.Equal(["No stage score can be shown: too few board members rated the statements."], KeyMessages.StrongestAndWeakest(Results("x", Stage(1, "A", null))));
    }

    [Fact]
    public void Movements_are_the_two_largest_changes_with_direction_size_and_both_scores()
    {
        var previous = Results("2025/26", Stage(1, "The board room", 1.2), Stage(2, "Leadership", 2.0), Stage(3, "The bus stop", 1.5), Stage(4, "Community", 1.0));
        var current = Results("2026/27", Stage(1, "The board room", 1.64), Stage(2, "Leadership", 1.41), Stage(3, "The bus stop", 1.54), Stage(4, "Community", 1.04));
        Assert.Equal(
        [
            "Since 2025/26, stage 2, Leadership, fell by 0.6, from 2.0 to 1.4.",
            "Since 2025/26, stage 1, The board room, rose by 0.4, from 1.2 to 1.6.",
        ], KeyMessages.Movement(current, previous));
    }

    [Fact]
    public void No_movement_is_claimed_without_an_earlier_cycle_or_when_scores_print_the_same()
    {
        var current = Results("2026/27", Stage(1, "A", 1.52));
        Assert.Equal(["There is no earlier cycle to compare with, so no movement is reported."], KeyMessages.Movement(current, null));
        Assert.Equal(["No stage score moved by 0.1 or more since 2025/26."], KeyMessages.Movement(current, Results("2025/26", Stage(1, "A", 1.48))));
    }

    [Fact]
    public void Disagreement_names_the_most_divided_statements_in_order_of_spread()
    {
        var results = Results("2026/27",
            Stage(1, "A", 1.5, Statement("1.1.1", "We talk about race.", 1.5, 0, 2), Statement("1.1.2", "We agree", 1.5, 1, 1.5)),
            Stage(2, "B", 1.5, Statement("2.1.1", "Our data is good.", 1.5, 0, 3), Statement("2.1.2", "Hidden", 1.5, 0, 3) with { Statistics = Stats(null, 0, 3, suppressed: true) }));
        Assert.Equal("The board disagrees most on 2 statements: 2.1.1 (Our data is good) and 1.1.1 (We talk about race).", KeyMessages.Disagreement(results));
        Assert.Equal("The board broadly agreed on every statement with a score shown.", KeyMessages.Disagreement(Results("x", Stage(1, "A", 1.5, Statement("1.1.2", "We agree", 1.5, 1, 1.5)))));
    }

    private static EdsSummary Eds(string cycle, int? total, string? rating) =>
        new("Trust", "RXX", cycle, Now, Now, "EDS 2022", "2022", FrameworkKind.Eds2022, "Lead", "Sponsor", Now, [], [], total, 33, null, rating, false, [], Now);

    [Fact]
    public void The_eds_rating_is_stated_with_its_change_since_the_last_cycle()
    {
        Assert.Equal("The EDS organisation rating is Developing, 14 of 33, up 3 from 11 (Developing) in 2025/26.",
            KeyMessages.Eds(Eds("2026/27", 14, "Developing"), Eds("2025/26", 11, "Developing")));
        Assert.Equal("The EDS organisation rating is Developing, 12 of 33, down 10 from 22 (Achieving) in 2025/26.",
            KeyMessages.Eds(Eds("2026/27", 12, "Developing"), Eds("2025/26", 22, "Achieving")));
        Assert.Equal("The EDS organisation rating is Achieving, 22 of 33, the same total as in 2025/26.",
            KeyMessages.Eds(Eds("2026/27", 22, "Achieving"), Eds("2025/26", 22, "Achieving")));
        Assert.Equal("The EDS organisation rating is Achieving, 22 of 33.", KeyMessages.Eds(Eds("2026/27", 22, "Achieving"), null));
        Assert.Equal("The EDS grading is not complete: 0 of 0 outcomes agreed.", KeyMessages.Eds(Eds("2026/27", null, null), null));
    }

    private static ActionRow Action(int id, ActionStatus status, DateTime due) =>
        new(id, $"Action {id}", status, ActionPriority.Medium, due, false, RagStatus.Green, "", "u", "Owner", null, null, null, null, null, null, false, Now);

    [Fact]
    public void Overdue_actions_are_counted_among_the_open_ones()
    {
        var actions = new[]
        {
            Action(1, ActionStatus.InProgress, Now.AddDays(-3)),
            Action(2, ActionStatus.NotStarted, Now.AddDays(-1)),
            Action(3, ActionStatus.Done, Now.AddDays(-30)),
            Action(4, ActionStatus.Blocked, Now.AddDays(10)),
        };
        Assert.Equal("2 actions are overdue, of 3 open actions.", KeyMessages.Overdue(actions, Now));
        Assert.Equal("1 action is overdue, of 2 open actions.", KeyMessages.Overdue(actions[1..], Now));
        Assert.Equal("No action is overdue (1 open action).", KeyMessages.Overdue(actions[2..], Now));
    }

    [Theory]
    [InlineData(0, "No lived-experience story has been shared with the board.")]
    [InlineData(1, "1 lived-experience story is shared with the board in this pack.")]
    [InlineData(3, "3 lived-experience stories are shared with the board in this pack.")]
    public void Stories_are_counted(int stories, string expected) => Assert.Equal(expected, KeyMessages.StoriesMessage(stories));

    [Fact]
    public void Targets_follow_statements_into_the_new_framework_version_and_are_not_judged_on_a_split()
    {
        var before = Results("2025/26", Stage(1, "A", 1.0, Statement("S1.F1.01", "Asked again", 1.0), Statement("S1.F1.02", "Asked two things", 1.0)));
        var now = Results("2026/27", Stage(1, "A", 2.0, Statement("S1.F1.05", "Asked again, renumbered", 2.0), Statement("S1.F1.02", "Asked one of them", 2.5)));
        IncLead.Web.Domain.Cycles.BoardTarget[] targets =
        [
            new(1, 1, "S1", "S1.F1.01", 2.0, "Lead", Now),
            new(1, 1, "S1", "S1.F1.02", 2.0, "Lead", Now),
        ];
        IncLead.Web.Frameworks.StatementLink Later(string code) => code == "S1.F1.01"
            ? new(["S1.F1.05"], IncLead.Web.Frameworks.LineageKind.Same)
            : new(["S1.F1.02", "S1.F1.03"], IncLead.Web.Frameworks.LineageKind.Split);

        var judged = IncLead.Web.Features.Insight.TargetQuery.Judge(targets, now, before, Later);
        Assert.Equal((2.0, IncLead.Web.Features.Insight.TargetStatus.Met), (judged[0].Now!.Value, judged[0].Status));
        // The split statement's part that kept the code is not the thing the target was set on.
        Assert.Equal((null, IncLead.Web.Features.Insight.TargetStatus.NotComparable), (judged[1].Now, judged[1].Status));
        Assert.StartsWith("Not judged", judged[1].StatusText);
        // Without the lineage (same version) targets match by code, as before.
        Assert.Equal(IncLead.Web.Features.Insight.TargetStatus.Met, IncLead.Web.Features.Insight.TargetQuery.Judge(targets, now, before)[1].Status);
    }
}
