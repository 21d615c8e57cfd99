using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Stories;
using IncLead.Web.Features.Actions;
using IncLead.Web.Features.Benchmark;
using IncLead.Web.Features.Eds;
using IncLead.Web.Features.Eds.Publishing;
using IncLead.Web.Features.Insight;
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
    /// <summary>The cover sheet as tabled (from the snapshot once signed off), else as saved, else the defaults.</summary>
    public CoverSheetContent Cover { get; init; } = CoverSheet.Defaults(Cycle.Name);

    /// <summary>The previous cycle's EDS summary, for the key message on the rating's change; null when there is none.</summary>
    public EdsSummary? PreviousEds { get; init; }

    /// <summary>True when <see cref="Actions"/> is the plan frozen at sign-off (and <see cref="AsAt"/> the sign-off time).</summary>
    public bool ActionsAsTabled { get; init; }

    /// <summary>The plan as it stands now, when the equality lead asks for "Progress since sign-off"; otherwise null.</summary>
    public IReadOnlyList<ActionRow>? Progress { get; init; }

    /// <summary>The day <see cref="Progress"/> was read.</summary>
    public DateTime ProgressAsAt { get; init; }

    /// <summary>The targets set at the previous cycle's sign-off, judged against this cycle; empty when none were set.</summary>
    public IReadOnlyList<TargetOutcome> Targets { get; init; } = [];

    /// <summary>Each statement beside the previous cycle's result for it, through the framework mapping; null when there is no previous cycle.</summary>
    public PackComparison? Comparison { get; init; }

    /// <summary>Where the board's last signed-off cycle sits among its peers; null when the organisation does not take part.</summary>
    public PackBenchmark? Benchmark { get; init; }

    public bool Draft => Cycle.State != CycleState.SignedOff;
}

/// <summary>
/// The benchmark as the pack shows it: the signed-off cycle compared (other trusts share only signed-off results, and
/// figures are never pooled across framework versions) and its stages beside their peer figures. The figures are
/// those stored when the pack is made, so this is the one part of a signed-off pack that can change as others join.
/// </summary>
public sealed record PackBenchmark(string CycleName, BenchmarkView View)
{
    /// <summary>True when at least one stage has a figure, which exists only from five organisations.</summary>
    public bool HasFigures => View.Stages.Any(s => s.Figure is not null);
}

/// <summary>
/// Loads a <see cref="BoardPackInput"/> through the same read models the web pages use, so the pack's figures are the
/// pages' figures: results and agreed positions from the sign-off snapshot once signed off, stories through
/// <see cref="StoryAccess"/>.
/// </summary>
public sealed class BoardPackLoader(AppDbContext db, ResultsReader results, EdsWorkspaceQuery workspaces, EdsSummaryQuery eds, ActionPlanQuery actions, TimeProvider clock,
    TargetQuery targets, BenchmarkPositionQuery benchmark)
{
    public async Task<BoardPackInput> LoadAsync(Cycle cycle, StoryReader reader, bool progressSinceSignOff = false, CancellationToken ct = default)
    {
        var organisation = await db.Organisations.Where(o => o.Id == cycle.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        // One read for both cycles; the snapshot, once signed off, gives the agreed positions as well as the figures.
        var (current, previous) = await results.ReadWithPreviousAsync(cycle, ct);
        var positions = current.SignedOff?.AgreedPositions ?? await LivePositionsAsync(cycle.Id, ct);
        var summary = await db.EdsAssessments.AnyAsync(a => a.CycleId == cycle.Id, ct) ? await eds.BuildAsync(workspaces, cycle.Id, ct) : null;
        var previousEds = previous is not null && await db.EdsAssessments.AnyAsync(a => a.CycleId == previous.Cycle.Id, ct)
            ? await eds.BuildAsync(workspaces, previous.Cycle.Id, ct)
            : null;
        var cover = current.SignedOff?.Cover
            ?? await db.CoverSheets.AsNoTracking().Where(c => c.CycleId == cycle.Id).Select(c => c.Content).FirstOrDefaultAsync(ct)
            ?? CoverSheet.Defaults(cycle.Name);
        var now = clock.GetUtcNow();
        // A signed-off pack shows the action plan as tabled; the live plan only in its own section, if asked for.
        var tabled = current.SignedOff?.Actions;
        var live = tabled is null || progressSinceSignOff ? await actions.ListAsync(new ActionFilter(), reader, ct) : null;
        var plan = tabled ?? live!;
        // Only stories meant for the board or for publication, and only those this reader could open anyway.
        var stories = await db.Stories.VisibleTo(reader).Where(s => s.Visibility >= StoryVisibility.Board && s.ConsentRecordedAt != null)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Select(s => new { s.Title, s.Voice, s.Narrative, s.StageNumber }).ToListAsync(ct);
        var outcomes = previous is null ? [] : TargetQuery.Judge(await targets.SetAtAsync(previous.Cycle.Id, ct), current.Results, previous.Results,
            code => results.Later(previous, code, current));
        // As the dashboard does: the pack's own cycle once signed off, otherwise the one before it if that was signed off.
        var compared = cycle.State == CycleState.SignedOff ? current : previous is { Cycle.State: CycleState.SignedOff } ? previous : null;
        var view = compared is null ? BenchmarkView.NotTakingPart : await benchmark.LoadAsync(compared.Cycle, compared.Results, ct);
        return new BoardPackInput(organisation, cycle, current.Results, previous?.Results, positions, summary, plan,
            [.. stories.Select(s => new PackStory(s.Title, s.Voice.Label(), s.Narrative, s.StageNumber))],
            tabled is not null && cycle.SignedOffAt is { } tabledAt ? tabledAt : now.UtcDateTime, cycle.SignedOffAt is { } signed ? new DateTimeOffset(DateTime.SpecifyKind(signed, DateTimeKind.Utc)) : now)
        {
            Cover = cover,
            PreviousEds = previousEds,
            ActionsAsTabled = tabled is not null,
            Progress = tabled is not null && progressSinceSignOff ? live : null,
            ProgressAsAt = now.UtcDateTime,
            Targets = outcomes,
            Benchmark = view.OptedIn ? new PackBenchmark(compared!.Cycle.Name, view) : null,
            Comparison = PackComparison.Build(current, previous, results),
        };
    }

    private Task<List<PositionSnapshot>> LivePositionsAsync(int cycleId, CancellationToken ct) =>
        (from p in db.AgreedPositions
         where p.CycleId == cycleId
         join s in db.Statements on p.StatementId equals s.Id
         orderby s.Code
         select new PositionSnapshot(s.Code, s.Text, p.Rating, p.Rationale, p.Dissent, p.UpdatedByName, p.UpdatedAt)).ToListAsync(ct);
}
