using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Stories;
using IncLead.Web.Features.Actions;
using IncLead.Web.Features.Eds;
using IncLead.Web.Features.Eds.Publishing;
using IncLead.Web.Features.Results;
using IncLead.Web.Features.SignOffs;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Reporting;

/// <summary>A story as the board pack tells it: no author, only what the teller consented to share.</summary>
public sealed record PackStory(string Title, string Voice, string Narrative, int? StageNumber);

/// <summary>
/// Everything a board pack is made from, loaded once so the composer is pure: same input, same document.
/// <see cref="AsAt"/> is the day action RAG is judged on; <see cref="Created"/> is the PDF's only clock.
/// </summary>
public sealed record BoardPackInput(
    string Organisation,
    Cycle Cycle,
    CycleResults Results,
    CycleResults? Previous,
    IReadOnlyList<PositionSnapshot> Positions,
    EdsSummary? Eds,
    IReadOnlyList<ActionRow> Actions,
    IReadOnlyList<PackStory> Stories,
    DateTime AsAt,
    DateTimeOffset Created)
{
    public bool Draft => Cycle.State != CycleState.SignedOff;
}

/// <summary>
/// Loads a <see cref="BoardPackInput"/> through the same read models the web pages use, so the pack's figures are the
/// pages' figures: results and agreed positions from the sign-off snapshot once signed off, stories through
/// <see cref="StoryAccess"/>.
/// </summary>
public sealed class BoardPackLoader(AppDbContext db, ResultsReader results, EdsWorkspaceQuery workspaces, EdsSummaryQuery eds, ActionPlanQuery actions, TimeProvider clock)
{
    public async Task<BoardPackInput> LoadAsync(Cycle cycle, StoryReader reader, CancellationToken ct = default)
    {
        var organisation = await db.Organisations.Where(o => o.Id == cycle.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        // One read for both cycles; the snapshot, once signed off, gives the agreed positions as well as the figures.
        var (current, previous) = await results.ReadWithPreviousAsync(cycle, ct);
        var positions = current.SignedOff?.AgreedPositions ?? await LivePositionsAsync(cycle.Id, ct);
        var summary = await db.EdsAssessments.AnyAsync(a => a.CycleId == cycle.Id, ct) ? await eds.BuildAsync(workspaces, cycle.Id, ct) : null;
        var plan = await actions.ListAsync(new ActionFilter(), reader, ct);
        var now = clock.GetUtcNow();
        // Only stories meant for the board or for publication, and only those this reader could open anyway.
        var stories = await db.Stories.VisibleTo(reader).Where(s => s.Visibility >= StoryVisibility.Board && s.ConsentRecordedAt != null)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Select(s => new { s.Title, s.Voice, s.Narrative, s.StageNumber }).ToListAsync(ct);
        return new BoardPackInput(organisation, cycle, current.Results, previous?.Results, positions, summary, plan,
            [.. stories.Select(s => new PackStory(s.Title, s.Voice.Label(), s.Narrative, s.StageNumber))],
            now.UtcDateTime, cycle.SignedOffAt is { } signed ? new DateTimeOffset(DateTime.SpecifyKind(signed, DateTimeKind.Utc)) : now);
    }

    private Task<List<PositionSnapshot>> LivePositionsAsync(int cycleId, CancellationToken ct) =>
        (from p in db.AgreedPositions
         where p.CycleId == cycleId
         join s in db.Statements on p.StatementId equals s.Id
         orderby s.Code
         select new PositionSnapshot(s.Code, s.Text, p.Rating, p.Rationale, p.Dissent, p.UpdatedByName, p.UpdatedAt)).ToListAsync(ct);
}
