using System.Collections.Concurrent;
using IncLead.Web.Data;
using IncLead.Web.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Responding;

/// <summary>
/// A stage's factors and statements, kept in memory after the first read. Safe because a framework version never
/// changes once imported (and the importer runs before the app serves requests); it takes the statement query off
/// every stage page and autosave, which is what the questionnaire's load test leans on. Kept per kind of organisation
/// (<see cref="Applicability.Kinds"/>; a handful of values), holding only the statements that organisation is asked,
/// numbered without gaps, so the pages, their form indexes, "complete" and autosave never see the others.
/// </summary>
public sealed class StageContentCache
{
    private readonly ConcurrentDictionary<(int FrameworkId, int Number, int Kinds), StageContent> _stages = new();
    private readonly ConcurrentDictionary<(int FrameworkId, int Kinds), IReadOnlySet<int>> _statementIds = new();

    public async Task<StageContent?> StageAsync(AppDbContext db, int frameworkId, int number, int kinds)
    {
        if (_stages.TryGetValue((frameworkId, number, kinds), out var cached)) return cached;
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
                              select new { FactorCode = f.Code, FactorTitle = f.Title, FactorSummary = f.Summary, s.Id, s.Code, s.Text, s.Guidance, s.SuggestedAction, s.WhatGoodLooksLike, s.WordingToBeConfirmed, s.AppliesTo })
                .ToListAsync();
            rows = [.. rows.Where(s => Applicability.Applies(s.AppliesTo, kinds))];
            // A person answers one factor a page, so a statement's index (its place in the page's form) counts within its factor.
            var factors = rows.GroupBy(s => (s.FactorCode, s.FactorTitle, s.FactorSummary)).Select((g, f) => new FactorBlock(f + 1, g.Key.FactorCode, g.Key.FactorTitle, g.Key.FactorSummary,
                g.Select((s, i) => new StatementBlock(i, s.Id, s.Code, s.Text, s.Guidance, s.SuggestedAction, s.WhatGoodLooksLike, s.WordingToBeConfirmed)).ToList())).ToList();
            content = new StageContent(stage.Id, number, stage.Count, stage.Title, stage.Theme, stage.Summary, stage.EstimatedMinutes, factors);
        }
        // A stage that does not exist is not remembered: the number comes from the URL, so caching misses would let
        // anyone grow the cache without bound.
        return content is null ? null : _stages.GetOrAdd((frameworkId, number, kinds), content);
    }

    /// <summary>The statements of a framework an organisation of these kinds is asked: what autosave accepts.</summary>
    public async Task<IReadOnlySet<int>> StatementIdsAsync(AppDbContext db, int frameworkId, int kinds)
    {
        if (_statementIds.TryGetValue((frameworkId, kinds), out var cached)) return cached;
        var ids = await db.Stages.Where(s => s.FrameworkId == frameworkId).SelectMany(s => s.Factors).SelectMany(f => f.Statements)
            .Where(s => s.AppliesTo == Applicability.Everyone || (s.AppliesTo & kinds) != 0).Select(s => s.Id).ToListAsync();
        return _statementIds.GetOrAdd((frameworkId, kinds), ids.ToHashSet());
    }
}

public sealed record StageContent(int StageId, int Number, int StageCount, string Title, string Theme, string Summary, int EstimatedMinutes, IReadOnlyList<FactorBlock> Factors)
{
    public IEnumerable<StatementBlock> Statements => Factors.SelectMany(f => f.Statements);

    /// <summary>The factor with this number (from 1), or null.</summary>
    public FactorBlock? Factor(int number) => number >= 1 && number <= Factors.Count ? Factors[number - 1] : null;
}
