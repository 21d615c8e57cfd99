using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Cycles;
using IncLead.Web.Features.Home;

namespace IncLead.Tests.Features.Home;

/// <summary>The equality lead's next step, as a table: the cycle's facts → the step's heading and where its button goes. No database.</summary>
public sealed class EqualityLeadTasksTests
{
    private static readonly DateTime Today = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);

    private static CycleFacts Cycle(CycleState state, int respondents = 8, int finished = 2, int remindedDaysAgo = -1, int closesInDays = 20,
        int closedDaysAgo = 3, int positions = 0, bool released = false, bool pack = false, int statements = 95) => new(
        7, "2026/27", state, Today.Date.AddDays(-7), Today.Date.AddDays(closesInDays), state == CycleState.Draft ? null : Today.AddDays(-7),
        state is CycleState.Closed or CycleState.SignedOff ? Today.AddDays(-closedDaysAgo) : null, state == CycleState.SignedOff ? Today.AddDays(-1) : null,
        released ? Today.AddDays(-1) : null, respondents, finished, remindedDaysAgo < 0 ? null : Today.AddDays(-remindedDaysAgo), statements, positions, pack, 0, null);

    public static TheoryData<string, CycleFacts?, string, string> Table => new()
    {
        // Empty: no cycle at all.
        { "no cycle", null, "Set up your first assessment cycle", "/cycles/new" },
        { "draft with nobody chosen", Cycle(CycleState.Draft, respondents: 0, finished: 0), "Choose who will answer 2026/27", "/cycles/7/edit" },
        { "draft ready to open", Cycle(CycleState.Draft, finished: 0), "Open 2026/27 and invite 8 respondents", "/cycles/7/open" },
        { "open, never reminded", Cycle(CycleState.Open), "6 of 8 respondents have not finished — send a reminder", "/cycles/7/completion" },
        { "open, reminded 8 days ago", Cycle(CycleState.Open, remindedDaysAgo: 8), "6 of 8 respondents have not finished — send a reminder", "/cycles/7/completion" },
        { "open, one left, reminded today", Cycle(CycleState.Open, finished: 7, remindedDaysAgo: 0), "1 of 8 respondents has not finished — close the cycle when answers are in", "/cycles/7/close" },
        { "open, everyone finished", Cycle(CycleState.Open, finished: 8), "All 8 respondents have finished — close the cycle", "/cycles/7/close" },
        { "open past its closing date", Cycle(CycleState.Open, closesInDays: -2), "The closing date has passed — close the cycle", "/cycles/7/close" },
        { "closed 3 days ago, 12 positions", Cycle(CycleState.Closed, positions: 12), "The cycle closed 3 days ago — agree positions: 12 of 95 done", "/cycles/7/positions/next" },
        { "closed yesterday, none agreed", Cycle(CycleState.Closed, closedDaysAgo: 1), "The cycle closed yesterday — agree positions: 0 of 95 done", "/cycles/7/positions/next" },
        { "closed, all agreed", Cycle(CycleState.Closed, positions: 95), "All 95 positions agreed — sign off the cycle", "/cycles/7/sign-off" },
        { "signed off, not released", Cycle(CycleState.SignedOff, positions: 95), "Signed off — release the results to the board", "/cycles/7/release" },
        { "signed off and released", Cycle(CycleState.SignedOff, positions: 95, released: true), "Released — download the board pack", "/cycles/7/reports/board-pack.pdf" },
        // Finished: nothing left this year but to start the next one.
        { "finished", Cycle(CycleState.SignedOff, positions: 95, released: true, pack: true), "2026/27 is finished", "/cycles/new?from=7" },
    };

    [Theory, MemberData(nameof(Table))]
    public void The_next_step_follows_the_cycle(string _, CycleFacts? cycle, string heading, string href)
    {
        var home = EqualityLeadTasks.For(cycle, new ActionFacts(0, 0), Today);
        Assert.Equal(heading, home.Next.Heading);
        Assert.Equal(href, home.Next.Href);
        Assert.Equal(heading.EndsWith("is finished", StringComparison.Ordinal), home.Finished);
    }

    [Fact]
    public void The_board_pack_step_is_a_download()
    {
        Assert.True(EqualityLeadTasks.For(Cycle(CycleState.SignedOff, positions: 95, released: true), new ActionFacts(0, 0), Today).Next.Download);
    }

    [Fact]
    public void Eds_and_actions_that_are_due_are_listed_beside_the_next_step()
    {
        var closed = Cycle(CycleState.Closed) with { Eds = new EdsFacts(11, 4, false) };
        var due = EqualityLeadTasks.For(closed, new ActionFacts(Overdue: 2, DueSoon: 1), Today).AlsoDue.Select(d => d.Heading).ToList();
        Assert.Equal(["EDS grading: 4 of 11 outcomes agreed", "No actions raised from 2026/27 yet", "2 actions overdue", "1 action due in the next 30 days"], due);

        Assert.Contains("EDS grading has not started", EqualityLeadTasks.For(Cycle(CycleState.Open), new ActionFacts(0, 0), Today).AlsoDue.Select(d => d.Heading));
        var published = Cycle(CycleState.SignedOff, positions: 95) with { Eds = new EdsFacts(11, 11, true), ActionsFromCycle = 3 };
        Assert.Empty(EqualityLeadTasks.For(published, new ActionFacts(0, 0), Today).AlsoDue);
        // A draft has nothing due yet, and no cycle at all only has the action plan.
        Assert.Empty(EqualityLeadTasks.For(Cycle(CycleState.Draft), new ActionFacts(0, 0), Today).AlsoDue);
        Assert.Equal(["1 action overdue"], EqualityLeadTasks.For(null, new ActionFacts(1, 0), Today).AlsoDue.Select(d => d.Heading));
    }

    public static TheoryData<string, CycleFacts, string[]> TaskLists => new()
    {
        { "draft", Cycle(CycleState.Draft, finished: 0), ["In progress", "Cannot start yet", "Cannot start yet", "Cannot start yet", "Cannot start yet", "Cannot start yet", "Not started", "Cannot start yet", "Cannot start yet"] },
        { "open", Cycle(CycleState.Open), ["Completed", "In progress", "Not started", "Cannot start yet", "Cannot start yet", "Cannot start yet", "Not started", "Cannot start yet", "Cannot start yet"] },
        { "closed, positions part way", Cycle(CycleState.Closed, positions: 12), ["Completed", "Completed", "Completed", "In progress", "Not started", "Not started", "Not started", "Not started", "Not started"] },
        { "finished", Cycle(CycleState.SignedOff, positions: 95, released: true, pack: true) with { Eds = new EdsFacts(11, 11, true), ActionsFromCycle = 4 },
            ["Completed", "Completed", "Completed", "Completed", "Completed", "Completed", "Completed", "Completed", "Completed"] },
    };

    [Theory, MemberData(nameof(TaskLists))]
    public void The_task_list_shows_the_year_in_order_with_each_status(string _, CycleFacts cycle, string[] statuses)
    {
        var tasks = CycleTasks.For(cycle);
        Assert.Equal(["invite", "answers", "close", "positions", "sign-off", "release", "eds", "actions", "board-pack"], tasks.Select(t => t.Key));
        Assert.Equal(statuses, tasks.Select(t => CycleTasks.Label(t.Status)));
        // A task that does not apply yet is not offered.
        Assert.All(tasks.Where(t => t.Status == CycleTaskStatus.CannotStartYet), t => Assert.Null(t.Href));
        Assert.All(tasks.Where(t => t.Status is CycleTaskStatus.NotStarted or CycleTaskStatus.InProgress), t => Assert.NotNull(t.Href));
    }

    [Fact]
    public void The_task_list_counts_answers_and_positions()
    {
        var tasks = CycleTasks.For(Cycle(CycleState.Closed, finished: 6, positions: 12)).ToDictionary(t => t.Key);
        Assert.Equal("6 of 8 respondents finished", tasks["answers"].Hint);
        Assert.Equal("12 of 95 statements agreed", tasks["positions"].Hint);
        Assert.Equal("/cycles/7/positions", tasks["positions"].Href);
    }
}
