using IncLead.Web.Data;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.Stories;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Stories;

/// <summary>A story as its page (and a board pack) shows it: tags in words and the actions it prompted.</summary>
public sealed record StoryDetails(Story Story, string? Outcome, IReadOnlyList<PromptedAction> Actions);

public sealed record PromptedAction(int Id, string Title, ActionStatus Status, DateTime DueOn);

public sealed class StoryDetailsQuery(AppDbContext db)
{
    /// <summary>Null when there is no such story here or the reader may not see it: the page answers 404 either way.</summary>
    public async Task<StoryDetails?> LoadAsync(int id, StoryReader reader, CancellationToken ct = default)
    {
        var story = await db.Stories.VisibleTo(reader).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (story is null) return null;
        var outcome = await db.EdsOutcomes.Where(o => o.Id == story.EdsOutcomeId).Select(o => o.Code + ": " + o.Text).FirstOrDefaultAsync(ct);
        var actions = await db.Actions.Where(a => a.StoryId == id).OrderBy(a => a.DueOn)
            .Select(a => new PromptedAction(a.Id, a.Title, a.Status, a.DueOn)).ToListAsync(ct);
        return new StoryDetails(story, outcome, actions);
    }
}
