using IncLead.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Cycles;

/// <summary>Where each respondent is with each stage, computed in a fixed number of queries for the whole cycle.</summary>
public enum StageStatus
{
    NotStarted,
    InProgress,
    Completed,
}

public static class StageProgress
{
    public sealed record Counts(int RespondentId, int StageId, int Answered);

    /// <summary>Answers with a rating per respondent and stage; <paramref name="respondentId"/> narrows it to one person.</summary>
    public static async Task<IReadOnlyList<Counts>> AnsweredAsync(AppDbContext db, int cycleId, int? respondentId = null) =>
        await (from a in db.Answers
               where a.CycleId == cycleId && a.Rating != null && (respondentId == null || a.RespondentId == respondentId)
               join s in db.Statements on a.StatementId equals s.Id
               join f in db.Factors on s.FactorId equals f.Id
               group a by new { a.RespondentId, f.StageId } into g
               select new Counts(g.Key.RespondentId, g.Key.StageId, g.Count())).ToListAsync();

    public static StageStatus Status(bool completed, int answered) =>
        completed ? StageStatus.Completed : answered > 0 ? StageStatus.InProgress : StageStatus.NotStarted;

    public static string Label(StageStatus status) => status switch
    {
        StageStatus.Completed => "Completed",
        StageStatus.InProgress => "In progress",
        _ => "Not started",
    };
}
