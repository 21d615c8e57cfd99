using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Cycles;
using IncLead.Web.Infrastructure;

namespace IncLead.Web.Features.Home;

/// <summary>Open actions across the plan: how many are overdue and how many fall due within the next 30 days.</summary>
public sealed record ActionFacts(int Overdue, int DueSoon);

/// <summary>The equality lead's home panel: the single most important step of the current cycle, and other items that are due.</summary>
public sealed record EqualityLeadHome(CycleFacts? Cycle, NextTask Next, bool Finished, IReadOnlyList<NextTask> AlsoDue);

/// <summary>
/// The equality lead's next step, worked out from the newest cycle. It follows the cycle's task list
/// (<see cref="CycleTasks"/>) but picks one step, and says why in the lead's terms: "6 of 8 respondents have not
/// finished — send a reminder", "The cycle closed 3 days ago — agree positions: 12 of 95 done".
/// </summary>
public static class EqualityLeadTasks
{
    /// <summary>A reminder sent within this many days is recent enough; the next step is then to close the cycle.</summary>
    public const int ReminderIntervalDays = 7;

    public const int DueSoonDays = 30;

    public static EqualityLeadHome For(CycleFacts? cycle, ActionFacts actions, DateTime today)
    {
        today = today.Date;
        var (next, finished) = cycle is null
            ? (new NextTask("Set up your first assessment cycle", "Choose the dates and who will answer, then open it to invite them.", "Set up a cycle", "/cycles/new"), false)
            : Next(cycle, today);
        return new EqualityLeadHome(cycle, next, finished, AlsoDue(cycle, actions));
    }

    private static (NextTask, bool Finished) Next(CycleFacts c, DateTime today)
    {
        var path = $"/cycles/{c.Id}";
        switch (c.State)
        {
            case CycleState.Draft when c.Respondents == 0:
                return (new($"Choose who will answer {c.Name}", "The cycle is a draft with nobody chosen to answer it.", "Choose respondents", $"{path}/edit"), false);
            case CycleState.Draft:
                return (new($"Open {c.Name} and invite {CycleTasks.Respondents(c.Respondents)}", $"It is planned to run from {Dates.Long(c.OpensOn)} to {Dates.Long(c.ClosesOn)}. Opening it emails each respondent a link.",
                    "Check and open the cycle", $"{path}/open"), false);
            case CycleState.Open when c.RespondentsUnfinished == 0:
                return (new($"All {CycleTasks.Respondents(c.Respondents)} have finished — close the cycle", "Closing it stops answers changing, so the board can agree its positions.", "Close the cycle", $"{path}/close"), false);
            case CycleState.Open when today > c.ClosesOn.Date:
                return (new($"The closing date has passed — close the cycle", $"{c.Name} was planned to close on {Dates.Long(c.ClosesOn)}. {Unfinished(c)}", "Close the cycle", $"{path}/close"), false);
            case CycleState.Open when c.LastRemindedAt is null || c.LastRemindedAt.Value.Date <= today.AddDays(-ReminderIntervalDays):
                return (new($"{Unfinished(c)} — send a reminder", $"{c.Name} closes on {Dates.Long(c.ClosesOn)}.", "See who has not finished", $"{path}/completion"), false);
            case CycleState.Open:
                return (new($"{Unfinished(c)} — close the cycle when answers are in", $"You sent a reminder on {Dates.Long(c.LastRemindedAt)}. {c.Name} is planned to close on {Dates.Long(c.ClosesOn)}.",
                    "Close the cycle", $"{path}/close"), false);
            case CycleState.Closed when c.PositionsAgreed < c.Statements:
                return (new($"The cycle closed {Ago(c.ClosedAt ?? c.ClosesOn, today)} — agree positions: {c.PositionsAgreed} of {c.Statements} done",
                    "Record what the board agreed for each statement, starting with those where views were divided.", c.PositionsAgreed == 0 ? "Start agreeing positions" : "Continue agreeing positions", $"{path}/positions/next"), false);
            case CycleState.Closed:
                return (new($"All {c.Statements} positions agreed — sign off the cycle", "Record the board meeting that approved the results and positions. This freezes them.", "Sign off the cycle", $"{path}/sign-off"), false);
            case CycleState.SignedOff when !c.ResultsReleased:
                return (new("Signed off — release the results to the board", "Board members can then see the results and download the board pack.", "Release the results", $"{path}/release"), false);
            case CycleState.SignedOff when !c.BoardPackDownloadedSinceSignOff:
                return (new("Released — download the board pack", $"The signed-off board pack for {c.Name}, as a PDF.", "Download the board pack (PDF)", $"{path}/reports/board-pack.pdf", Download: true), false);
            default:
                return (new($"{c.Name} is finished", "It is signed off, the results are released and the board pack is downloaded. Start next year's cycle when you are ready.",
                    "Start the next cycle", $"/cycles/new?from={c.Id}"), true);
        }
    }

    private static List<NextTask> AlsoDue(CycleFacts? c, ActionFacts actions)
    {
        var due = new List<NextTask>();
        if (c is not null && c.State != CycleState.Draft)
        {
            var eds = $"/cycles/{c.Id}/eds";
            if (c.Eds is null) due.Add(new("EDS grading has not started", $"Grade the Equality Delivery System outcomes for {c.Name} with your stakeholders.", "Start EDS grading", eds));
            else if (c.Eds.OutcomesAgreed < c.Eds.Outcomes) due.Add(new($"EDS grading: {c.Eds.OutcomesAgreed} of {c.Eds.Outcomes} outcomes agreed", "", "Continue EDS grading", eds));
            else if (!c.Eds.Published) due.Add(new("EDS grading is agreed but not published", "Publish the summary so the public can read it.", "Publish the EDS summary", $"{eds}/publish"));
            if (c.HasResults && c.ActionsFromCycle == 0) due.Add(new($"No actions raised from {c.Name} yet", "Raise actions from the statements and stages that need them.", "See the results", $"/cycles/{c.Id}/results"));
        }
        if (actions.Overdue > 0) due.Add(new($"{CycleTasks.Actions(actions.Overdue)} overdue", "", "See overdue actions", "/actions?show=overdue"));
        if (actions.DueSoon > 0) due.Add(new($"{CycleTasks.Actions(actions.DueSoon)} due in the next {DueSoonDays} days", "", "See open actions", "/actions?show=open"));
        return due;
    }

    private static string Unfinished(CycleFacts c) =>
        $"{c.RespondentsUnfinished} of {c.Respondents} respondents {(c.RespondentsUnfinished == 1 ? "has" : "have")} not finished";

    private static string Ago(DateTime then, DateTime today) => (today - then.Date).Days switch
    {
        <= 0 => "today",
        1 => "yesterday",
        var d => $"{d} days ago",
    };
}
