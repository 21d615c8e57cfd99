using IncLead.Web.Data;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Cycles;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Results;

/// <summary>
/// Turns a cycle's answers into <see cref="CycleResults"/>. Three queries whatever the number of respondents; the
/// arithmetic happens in memory (SQLite cannot be trusted with decimal aggregates, and the data is small).
/// </summary>
public sealed class ResultsCalculator(AppDbContext db, TimeProvider clock)
{
    public async Task<CycleResults?> CalculateAsync(int cycleId, CancellationToken ct = default)
    {
        var cycle = await db.Cycles.Where(c => c.Id == cycleId)
            .Select(c => new
            {
                c.Id, c.Name, c.FrameworkId,
                Framework = db.Frameworks.Where(f => f.Id == c.FrameworkId).Select(f => f.Title + " (version " + f.Version + ")").First(),
                Threshold = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.AnonymityThreshold).First(),
                Organisation = db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => new { o.Type, o.HasCouncilOfGovernors }).First(),
                Respondents = db.Respondents.Count(r => r.CycleId == c.Id),
            })
            .SingleOrDefaultAsync(ct);
        if (cycle is null) return null;

        var outline = await FrameworkOutline.LoadAsync(db, [cycle.FrameworkId], ct: ct);
        var answers = await db.Answers.Where(a => a.CycleId == cycleId)
            .Select(a => new AnswerRow(a.RespondentId, a.StatementId, a.Rating, a.Comment))
            .ToListAsync(ct);
        return Build(cycle.Id, cycle.Name, cycle.Framework, cycle.Threshold, cycle.Respondents, outline, answers, clock.GetUtcNow().UtcDateTime,
            Applicability.Kinds(cycle.Organisation.Type, cycle.Organisation.HasCouncilOfGovernors));
    }

    public sealed record AnswerRow(int RespondentId, int StatementId, Rating? Rating, string? Comment);

    /// <summary>
    /// The results of one cycle. <paramref name="kinds"/> (<see cref="Applicability.Kinds"/>) keeps only the statements
    /// the organisation is asked, so every page, snapshot and pack built on results leaves the others out rather than
    /// listing them with no answers; null keeps every statement (data made up for tests and the demo).
    /// </summary>
    public static CycleResults Build(int cycleId, string name, string framework, int threshold, int respondents,
        IReadOnlyList<OutlineRow> outline, IReadOnlyList<AnswerRow> answers, DateTime now, int? kinds = null)
    {
        if (kinds is { } asked) outline = [.. outline.Where(r => Applicability.Applies(r.AppliesTo, asked))];
        var byStatement = answers.ToLookup(a => a.StatementId);
        var stages = outline.GroupBy(r => (r.StageCode, r.StageNumber, r.StageTitle)).Select(stage =>
        {
            var factors = stage.GroupBy(r => (r.FactorCode, r.FactorTitle)).Select(factor =>
            {
                var statements = factor.Select(r => Describe(cycleId, r, byStatement[r.StatementId].ToList(), threshold)).ToList();
                return new FactorResult(factor.Key.FactorCode, factor.Key.FactorTitle, Figure.Of(statements), statements);
            }).ToList();
            return new StageResult(stage.Key.StageCode, stage.Key.StageNumber, stage.Key.StageTitle, Figure.Of([.. factors.SelectMany(f => f.Statements)]), factors);
        }).ToList();

        var answered = answers.Where(a => a.Rating is not null).Select(a => a.RespondentId).Distinct().Count();
        return new CycleResults(cycleId, name, framework, threshold, respondents, answered,
            Figure.Of([.. stages.SelectMany(s => s.Factors).SelectMany(f => f.Statements)]), stages, now);
    }

    private static StatementResult Describe(int cycleId, OutlineRow row, List<AnswerRow> answers, int threshold)
    {
        var statistics = Statistics.Describe(answers.Select(a => a.Rating).OfType<Rating>(), threshold);
        // Comments are anonymous only among enough people, and their order must not follow who answered first.
        var comments = answers.Count >= threshold
            ? Shuffle(answers.Select(a => a.Comment).OfType<string>().Order(StringComparer.Ordinal).ToList(), unchecked((cycleId * 7919) + row.StatementId))
            : [];
        return new StatementResult(row.StatementId, row.StatementCode, row.StatementText, statistics, comments);
    }

    // Seeded, so the order is the same on every visit (and in the snapshot) but unrelated to the respondents' order.
    private static List<string> Shuffle(List<string> items, int seed)
    {
        var random = new Random(seed);
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
        return items;
    }
}
