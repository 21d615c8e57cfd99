using System.Collections.Concurrent;
using IncLead.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Responding;

/// <summary>
/// A stage's factors and statements, kept in memory after the first read. Safe because a framework version never
/// changes once imported (and the importer runs before the app serves requests); it takes the statement query off
/// every stage page and autosave, which is what the questionnaire's load test leans on.
/// </summary>
public sealed class StageContentCache
{
    private readonly ConcurrentDictionary<(int FrameworkId, int Number), StageContent> _stages = new();
    private readonly ConcurrentDictionary<int, IReadOnlySet<int>> _statementIds = new();

    public async Task<StageContent?> StageAsync(AppDbContext db, int frameworkId, int number)
    {
        if (_stages.TryGetValue((frameworkId, number), out var cached)) return cached;
        var stage = await db.Stages.Where(s => s.FrameworkId == frameworkId && s.Number == number)
            .Select(s => new { s.Id, s.Title, s.Theme, s.Summary, s.EstimatedMinutes, Count = db.Stages.Count(x => x.FrameworkId == frameworkId) })
            .SingleOrDefaultAsync();
        StageContent? content = null;
        if (stage is not null)
        {
            var rows = await (from f in db.Factors
                              where f.StageId == stage.Id
                              from s in f.Statements
                              orderby f.Order, s.Order
                              select new { FactorCode = f.Code, FactorTitle = f.Title, FactorSummary = f.Summary, s.Id, s.Code, s.Text, s.Guidance, s.SuggestedAction, s.WhatGoodLooksLike, s.WordingToBeConfirmed })
                .ToListAsync();
            var index = 0;
            var factors = rows.GroupBy(s => (s.FactorCode, s.FactorTitle, s.FactorSummary)).Select(g => new FactorBlock(g.Key.FactorCode, g.Key.FactorTitle, g.Key.FactorSummary,
                g.Select(s => new StatementBlock(index++, s.Id, s.Code, s.Text, s.Guidance, s.SuggestedAction, s.WhatGoodLooksLike, s.WordingToBeConfirmed)).ToList())).ToList();
            content = new StageContent(stage.Id, number, stage.Count, stage.Title, stage.Theme, stage.Summary, stage.EstimatedMinutes, factors);
        }
        // A stage that does not exist is not remembered: the number comes from the URL, so caching misses would let
        // anyone grow the cache without bound.
        return content is null ? null : _stages.GetOrAdd((frameworkId, number), content);
    }

    public async Task<IReadOnlySet<int>> StatementIdsAsync(AppDbContext db, int frameworkId)
    {
        if (_statementIds.TryGetValue(frameworkId, out var cached)) return cached;
        var ids = await db.Stages.Where(s => s.FrameworkId == frameworkId).SelectMany(s => s.Factors).SelectMany(f => f.Statements).Select(s => s.Id).ToListAsync();
        return _statementIds.GetOrAdd(frameworkId, ids.ToHashSet());
    }
}

public sealed record StageContent(int StageId, int Number, int StageCount, string Title, string Theme, string Summary, int EstimatedMinutes, IReadOnlyList<FactorBlock> Factors)
{
    public IEnumerable<StatementBlock> Statements => Factors.SelectMany(f => f.Statements);
}
