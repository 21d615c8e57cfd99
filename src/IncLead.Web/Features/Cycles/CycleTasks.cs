using IncLead.Web.Domain.Cycles;
using IncLead.Web.Infrastructure;

namespace IncLead.Web.Features.Cycles;

/// <summary>The statuses of the NHS.UK task list. "Cannot start yet" tasks have no link: they do not apply yet.</summary>
public enum CycleTaskStatus
{
    CannotStartYet,
    NotStarted,
    InProgress,
    Completed,
}

/// <summary>One task of the yearly cycle: a link only when the task applies now (or can be looked at again).</summary>
public sealed record CycleTask(string Key, string Name, string Hint, CycleTaskStatus Status, string? Href, bool Download = false);

/// <summary>
/// The equality lead's yearly cycle as a task list, in the order the year goes: set up and invite, collect answers,
/// close, agree positions, sign off, release results, EDS grading, action plan, board pack. Worked out from
/// <see cref="CycleFacts"/> only, so every status is what the data says and nobody types it in.
/// </summary>
public static class CycleTasks
{
    public static IReadOnlyList<CycleTask> For(CycleFacts c)
    {
        var draft = c.State == CycleState.Draft;
        var open = c.State == CycleState.Open;
        var path = $"/cycles/{c.Id}";
        return
        [
            draft
                ? new("invite", "Set up and invite respondents", c.Respondents == 0 ? "Choose who will answer, then open the cycle" : $"{Respondents(c.Respondents)} chosen. Check the details, then open the cycle to email them",
                    c.Respondents == 0 ? CycleTaskStatus.NotStarted : CycleTaskStatus.InProgress, c.Respondents == 0 ? $"{path}/edit" : $"{path}/open")
                : new("invite", "Set up and invite respondents", $"Opened on {Dates.Long(c.OpenedAt ?? c.OpensOn)}. {Respondents(c.Respondents)} invited", CycleTaskStatus.Completed, null),

            draft
                ? new("answers", "Collect answers", "Starts when the cycle opens", CycleTaskStatus.CannotStartYet, null)
                : new("answers", "Collect answers", $"{c.RespondentsFinished} of {c.Respondents} respondents finished" + (open && c.RespondentsUnfinished > 0 ? ". See who has not finished and send a reminder" : ""),
                    open ? CycleTaskStatus.InProgress : CycleTaskStatus.Completed, $"{path}/completion"),

            c.State switch
            {
                CycleState.Draft => new("close", "Close the cycle", $"Planned for {Dates.Long(c.ClosesOn)}", CycleTaskStatus.CannotStartYet, null),
                CycleState.Open => new("close", "Close the cycle", $"Planned for {Dates.Long(c.ClosesOn)}. After it closes, answers cannot change", CycleTaskStatus.NotStarted, $"{path}/close"),
                _ => new("close", "Close the cycle", $"Closed on {Dates.Long(c.ClosedAt ?? c.ClosesOn)}", CycleTaskStatus.Completed, null),
            },

            c.HasResults
                ? new("positions", "Agree positions", $"{c.PositionsAgreed} of {c.Statements} statements agreed",
                    c.PositionsAgreed == 0 ? CycleTaskStatus.NotStarted : c.PositionsAgreed < c.Statements ? CycleTaskStatus.InProgress : CycleTaskStatus.Completed, $"{path}/positions")
                : new("positions", "Agree positions", "Starts when the cycle closes", CycleTaskStatus.CannotStartYet, null),

            c.State switch
            {
                CycleState.Closed => new("sign-off", "Sign off the cycle", "Record the board meeting that approved the results and positions", CycleTaskStatus.NotStarted, $"{path}/sign-off"),
                CycleState.SignedOff => new("sign-off", "Sign off the cycle", $"Signed off on {Dates.Long(c.SignedOffAt)}", CycleTaskStatus.Completed, $"{path}/sign-off"),
                _ => new("sign-off", "Sign off the cycle", "Starts when the cycle closes", CycleTaskStatus.CannotStartYet, null),
            },

            c.ResultsReleased
                ? new("release", "Release the results to the board", $"Released on {Dates.Long(c.ResultsReleasedAt)}", CycleTaskStatus.Completed, $"{path}/results")
                : c.HasResults
                    ? new("release", "Release the results to the board", "Board members can then see the results and download the board pack", CycleTaskStatus.NotStarted, $"{path}/release")
                    : new("release", "Release the results to the board", "Starts when the cycle closes", CycleTaskStatus.CannotStartYet, null),

            c.Eds switch
            {
                null => new("eds", "Grade the Equality Delivery System (EDS)", "Grade the outcomes with your stakeholders", CycleTaskStatus.NotStarted, $"{path}/eds"),
                { Published: true } => new("eds", "Grade the Equality Delivery System (EDS)", "Summary published", CycleTaskStatus.Completed, $"{path}/eds"),
                var e when e.OutcomesAgreed >= e.Outcomes => new("eds", "Grade the Equality Delivery System (EDS)", $"All {e.Outcomes} outcomes agreed. Publish the summary", CycleTaskStatus.InProgress, $"{path}/eds"),
                var e => new("eds", "Grade the Equality Delivery System (EDS)", $"{e.OutcomesAgreed} of {e.Outcomes} outcomes agreed", CycleTaskStatus.InProgress, $"{path}/eds"),
            },

            !c.HasResults
                ? new("actions", "Plan actions", "Starts when the cycle closes", CycleTaskStatus.CannotStartYet, null)
                : c.ActionsFromCycle == 0
                    ? new("actions", "Plan actions", "Raise actions from the results", CycleTaskStatus.NotStarted, $"{path}/results")
                    : new("actions", "Plan actions", $"{Actions(c.ActionsFromCycle)} raised from this cycle", CycleTaskStatus.Completed, "/actions"),

            !c.HasResults
                ? new("board-pack", "Download the board pack", "Starts when the cycle closes", CycleTaskStatus.CannotStartYet, null)
                : new("board-pack", "Download the board pack", c.State == CycleState.SignedOff ? (c.BoardPackDownloadedSinceSignOff ? "Signed-off pack downloaded" : "The signed-off pack for the board (PDF)") : "Download it again after sign-off for the signed version (PDF)",
                    c.BoardPackDownloadedSinceSignOff ? CycleTaskStatus.Completed : CycleTaskStatus.NotStarted, $"{path}/reports/board-pack.pdf", Download: true),
        ];
    }

    public static string Label(CycleTaskStatus status) => status switch
    {
        CycleTaskStatus.CannotStartYet => "Cannot start yet",
        CycleTaskStatus.NotStarted => "Not started",
        CycleTaskStatus.InProgress => "In progress",
        _ => "Completed",
    };

    public static string Respondents(int n) => n == 1 ? "1 respondent" : $"{n} respondents";

    public static string Actions(int n) => n == 1 ? "1 action" : $"{n} actions";
}
