using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.Stories;
using IncLead.Web.Features.Stories;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Actions;

/// <summary>Where an action came from, in words. The story appears only when the viewer may read it.</summary>
public sealed record ActionSourceDetails(
    int? CycleId, string? CycleName, string? Stage, string? Factor, string? StatementCode, string? StatementText, string? SuggestedAction,
    string? Outcome, int? StoryId, string? StoryTitle)
{
    public bool IsFreeStanding => Stage is null && Factor is null && StatementCode is null && Outcome is null && StoryId is null;
}

/// <summary>Everything the action page shows, including "did it work?". Also the read model for one action in a PDF.</summary>
public sealed record ActionDetails(
    ActionItem Action, RagStatus Rag, string RagReason, string OwnerName, string? ExecutiveLeadName, ActionSourceDetails Source,
    IReadOnlyList<ProgressUpdate> Updates, IReadOnlyList<StatementScore> DidItWork, bool EvidenceRequired);

public sealed class ActionDetailsQuery(AppDbContext db, StatementHistoryQuery history, TimeProvider clock)
{
    public async Task<ActionDetails?> LoadAsync(int id, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var action = await db.Actions.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
        return action is null ? null : await DescribeAsync(action, viewer, ct);
    }

    public async Task<ActionDetails> DescribeAsync(ActionItem action, ClaimsPrincipal viewer, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var names = await db.Users.Where(u => u.Id == action.OwnerUserId || u.Id == action.ExecutiveLeadUserId)
            .ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var reader = StoryReaders.From(viewer);
        var source = new ActionSourceDetails(
            action.CycleId,
            await db.Cycles.Where(c => c.Id == action.CycleId).Select(c => c.Name).FirstOrDefaultAsync(ct),
            await db.Stages.Where(s => s.Id == action.StageId).Select(s => "Stage " + s.Number + ": " + s.Title).FirstOrDefaultAsync(ct),
            await db.Factors.Where(f => f.Id == action.FactorId).Select(f => f.Code + ": " + f.Title).FirstOrDefaultAsync(ct),
            null, null, null,
            await db.EdsOutcomes.Where(o => o.Id == action.EdsOutcomeId).Select(o => o.Code + ": " + o.Text).FirstOrDefaultAsync(ct),
            null, null);
        var statement = await db.Statements.Where(s => s.Id == action.StatementId).Select(s => new { s.Code, s.Text, s.SuggestedAction }).FirstOrDefaultAsync(ct);
        if (statement is not null) source = source with { StatementCode = statement.Code, StatementText = statement.Text, SuggestedAction = statement.SuggestedAction };
        var story = await db.Stories.VisibleTo(reader).Where(s => s.Id == action.StoryId).Select(s => new { s.Id, s.Title }).FirstOrDefaultAsync(ct);
        if (story is not null) source = source with { StoryId = story.Id, StoryTitle = story.Title };

        var updates = await db.ProgressUpdates.AsNoTracking().Where(u => u.ActionItemId == action.Id).OrderByDescending(u => u.At).ThenByDescending(u => u.Id).ToListAsync(ct);
        var didItWork = statement is not null && action.CycleId is { } cycleId ? await history.ForAsync(cycleId, statement.Code, viewer, ct) : [];
        var evidenceRequired = await db.Organisations.Where(o => o.Id == action.OrganisationId).Select(o => o.RequireCompletionEvidence).FirstOrDefaultAsync(ct);
        var (rag, reason) = RagRule.Assess(action.Status, action.DueOn, action.AtRisk, now);
        return new ActionDetails(action, rag, reason, names.GetValueOrDefault(action.OwnerUserId, "Unknown"),
            action.ExecutiveLeadUserId is { } lead ? names.GetValueOrDefault(lead) : null, source, updates, didItWork, evidenceRequired);
    }
}
