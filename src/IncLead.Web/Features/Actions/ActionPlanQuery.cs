using IncLead.Web.Data;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.Stories;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Actions;

/// <summary>One line of the action plan, with its RAG already worked out by the domain rule.</summary>
public sealed record ActionRow(
    int Id, string Title, ActionStatus Status, ActionPriority Priority, DateTime DueOn, bool AtRisk, RagStatus Rag, string RagReason,
    string OwnerUserId, string OwnerName, string? ExecutiveLeadUserId, string? ExecutiveLeadName,
    int? StageNumber, string? FactorCode, string? StatementCode, string? OutcomeCode, bool FromVisibleStory, DateTime UpdatedAt)
{
    public string SourceLabel
    {
        get
        {
            var parts = new List<string>();
            if (StatementCode is not null) parts.Add($"Statement {StatementCode}");
            else if (FactorCode is not null) parts.Add($"Factor {FactorCode}");
            else if (StageNumber is not null) parts.Add($"Stage {StageNumber}");
            if (OutcomeCode is not null) parts.Add($"EDS outcome {OutcomeCode}");
            if (FromVisibleStory) parts.Add("A story");
            return parts.Count == 0 ? "Free-standing" : string.Join("; ", parts);
        }
    }
}

/// <summary>
/// The organisation's action plan as rows: the list page, the CSV export, the dashboard and (later) the action plan
/// PDF all read it from here. One query; filters on stored columns run in the database, and filters on RAG or
/// overdue run afterwards on the rule's own answer, so the rule is never restated in SQL.
/// </summary>
public sealed class ActionPlanQuery(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<ActionRow>> ListAsync(ActionFilter filter, StoryReader reader, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var status = filter.StatusValue;
        var stage = filter.Stage;
        var outcome = string.IsNullOrWhiteSpace(filter.Outcome) ? null : filter.Outcome.Trim();
        var owner = string.IsNullOrWhiteSpace(filter.Owner) ? null : filter.Owner;
        // A story's title is never shown here, but even the fact that an action came from one is told only to those who may read it.
        var readableStories = db.Stories.VisibleTo(reader);

        var rows = await db.Actions
            .Where(a => status == null || a.Status == status)
            .Where(a => owner == null || a.OwnerUserId == owner)
            .Where(a => stage == null || db.Stages.Any(s => s.Id == a.StageId && s.Number == stage))
            .Where(a => outcome == null || db.EdsOutcomes.Any(o => o.Id == a.EdsOutcomeId && o.Code == outcome))
            .Select(a => new
            {
                a.Id, a.Title, a.Status, a.Priority, a.DueOn, a.AtRisk, a.OwnerUserId, a.ExecutiveLeadUserId, a.UpdatedAt,
                OwnerName = db.Users.Where(u => u.Id == a.OwnerUserId).Select(u => u.FullName).FirstOrDefault(),
                LeadName = db.Users.Where(u => u.Id == a.ExecutiveLeadUserId).Select(u => u.FullName).FirstOrDefault(),
                StageNumber = db.Stages.Where(s => s.Id == a.StageId).Select(s => (int?)s.Number).FirstOrDefault(),
                FactorCode = db.Factors.Where(f => f.Id == a.FactorId).Select(f => f.Code).FirstOrDefault(),
                StatementCode = db.Statements.Where(s => s.Id == a.StatementId).Select(s => s.Code).FirstOrDefault(),
                OutcomeCode = db.EdsOutcomes.Where(o => o.Id == a.EdsOutcomeId).Select(o => o.Code).FirstOrDefault(),
                FromStory = readableStories.Any(s => s.Id == a.StoryId),
            })
            .ToListAsync(ct);

        var list = rows.Select(r =>
        {
            var (rag, reason) = RagRule.Assess(r.Status, r.DueOn, r.AtRisk, now);
            return new ActionRow(r.Id, r.Title, r.Status, r.Priority, r.DueOn, r.AtRisk, rag, reason, r.OwnerUserId, r.OwnerName ?? "Unknown",
                r.ExecutiveLeadUserId, r.LeadName, r.StageNumber, r.FactorCode, r.StatementCode, r.OutcomeCode, r.FromStory, r.UpdatedAt);
        });
        return filter.Apply(list, reader.UserId, now);
    }
}

/// <summary>The plan at a glance: how many actions of each RAG, the overdue ones, and the viewer's own.</summary>
public sealed record ActionPlanSummary(IReadOnlyDictionary<RagStatus, int> ByRag, IReadOnlyList<ActionRow> Overdue, int Mine, int Total, int LinkedToEds)
{
    public static ActionPlanSummary From(IReadOnlyList<ActionRow> rows, string viewerUserId, DateTime now) => new(
        Enum.GetValues<RagStatus>().ToDictionary(r => r, r => rows.Count(a => a.Rag == r)),
        [.. rows.Where(a => RagRule.IsOverdue(a.Status, a.DueOn, now)).OrderBy(a => a.DueOn)],
        rows.Count(a => a.Status.IsOpen() && (a.OwnerUserId == viewerUserId || a.ExecutiveLeadUserId == viewerUserId)),
        rows.Count,
        rows.Count(a => a.OutcomeCode is not null && a.Status.IsOpen()));
}
