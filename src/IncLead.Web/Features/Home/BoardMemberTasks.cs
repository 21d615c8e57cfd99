using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.Cycles;
using IncLead.Web.Infrastructure;

namespace IncLead.Web.Features.Home;

/// <summary>One stage as the board member stands with it.</summary>
public sealed record MemberStage(int Number, string Title, int EstimatedMinutes, int Statements, int Answered, bool Completed);

/// <summary>A cycle the board member was asked to answer (drafts are never shown), with their own progress.</summary>
public sealed record MemberCycle(int Id, string Name, CycleState State, DateTime ClosesOn, bool ResultsReleased, IReadOnlyList<MemberStage> Stages)
{
    public int StagesCompleted => Stages.Count(s => s.Completed);
    public bool Finished => Stages.Count > 0 && Stages.All(s => s.Completed);
}

/// <summary>A row of "Your assessments": progress, closing date and one Continue or View button.</summary>
public sealed record AssessmentRow(int Id, string Name, CycleState State, string Progress, DateTime ClosesOn, string LinkText, string Href, string? ResultsHref);

/// <summary>The board member's home panel. <see cref="Next"/> is null when nothing is due; <see cref="NothingDue"/> then says so.</summary>
public sealed record BoardMemberHome(NextTask? Next, string? NothingDue, (int Id, string Name)? LatestResults, IReadOnlyList<AssessmentRow> Assessments);

/// <summary>
/// A board member's next task: the open cycle closing soonest that they have not finished, and in it the first
/// unfinished stage. "About N minutes left" is each unfinished stage's estimate in proportion to what is unanswered.
/// </summary>
public static class BoardMemberTasks
{
    public static BoardMemberHome For(IReadOnlyList<MemberCycle> cycles, (int Id, string Name)? latestReleased)
    {
        var due = cycles.Where(c => c.State == CycleState.Open && !c.Finished).OrderBy(c => c.ClosesOn).ThenBy(c => c.Id).FirstOrDefault();
        NextTask? next = null;
        string? nothing = null;
        if (due is not null)
        {
            var stage = due.Stages.OrderBy(s => s.Number).First(s => !s.Completed);
            next = new NextTask($"Board inclusion assessment {due.Name}",
                $"{due.StagesCompleted} of {due.Stages.Count} stages completed. Closes on {Dates.Long(due.ClosesOn)}. {MinutesLeft(due)}.",
                "Continue", $"/respond/{due.Id}/stages/{stage.Number}");
        }
        else
        {
            var finishedOpen = cycles.FirstOrDefault(c => c.State == CycleState.Open);
            nothing = finishedOpen is not null
                ? $"You have completed all {finishedOpen.Stages.Count} stages of {finishedOpen.Name}. You can change your answers until it closes on {Dates.Long(finishedOpen.ClosesOn)}."
                : "You have no assessment to answer now. Your equality lead will email you when the next one opens.";
        }

        var rows = cycles.Select(c =>
        {
            var answering = c.State == CycleState.Open && !c.Finished;
            var firstOpen = c.Stages.OrderBy(s => s.Number).FirstOrDefault(s => !s.Completed);
            return new AssessmentRow(c.Id, c.Name, c.State, $"{c.StagesCompleted} of {c.Stages.Count} stages completed", c.ClosesOn,
                answering ? "Continue" : "View", answering && firstOpen is not null ? $"/respond/{c.Id}/stages/{firstOpen.Number}" : $"/respond/{c.Id}",
                c.ResultsReleased ? $"/cycles/{c.Id}/results" : null);
        }).ToList();
        return new BoardMemberHome(next, nothing, latestReleased, rows);
    }

    /// <summary>"About 25 minutes left", rounded up to 5 minutes so it never promises less than it takes.</summary>
    public static string MinutesLeft(MemberCycle cycle)
    {
        var minutes = cycle.Stages.Where(s => !s.Completed)
            .Sum(s => s.Statements == 0 ? s.EstimatedMinutes : s.EstimatedMinutes * (double)Math.Max(0, s.Statements - s.Answered) / s.Statements);
        var rounded = Math.Max(5, (int)Math.Ceiling(minutes / 5) * 5);
        return $"About {rounded} minutes left";
    }

    public static string Describe(CycleState state) => CycleChoices.Describe(state);
}
