using System.Globalization;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Stories;
using IncLead.Web.Features.Actions;
using IncLead.Web.Features.Results;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.SignOffs;

/// <summary>
/// Signs off a closed cycle, or records a corrected version of a signed-off one: computes the results, freezes them
/// with the agreed positions as a new <see cref="SignOff"/> version and writes the audit entry, all in one save.
/// </summary>
public sealed class CycleSignOff(AppDbContext db, ResultsCalculator results, ActionPlanQuery plan, AuditLog audit, TimeProvider clock, Benchmark.BenchmarkSharing benchmark)
{
    public async Task<SignOff> SignAsync(Cycle cycle, DateTime meetingDate, string minuteReference, string? correctionReason, string byUserId, string byName, StoryReader reader, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var calculated = await results.CalculateAsync(cycle.Id, ct) ?? throw new InvalidOperationException("The cycle has gone.");
        var positions = await (
            from p in db.AgreedPositions
            where p.CycleId == cycle.Id
            join s in db.Statements on p.StatementId equals s.Id
            orderby s.Code
            select new PositionSnapshot(s.Code, s.Text, p.Rating, p.Rationale, p.Dissent, p.UpdatedByName, p.UpdatedAt))
            .ToListAsync(ct);
        var version = 1 + (await db.SignOffs.Where(s => s.CycleId == cycle.Id).MaxAsync(s => (int?)s.Version, ct) ?? 0);
        // The cover sheet as it would be printed now (the defaults if never filled in), so the pack keeps what was tabled.
        var cover = await db.CoverSheets.AsNoTracking().Where(c => c.CycleId == cycle.Id).Select(c => c.Content).FirstOrDefaultAsync(ct) ?? CoverSheet.Defaults(cycle.Name);
        // The action plan as tabled, as the person signing sees it (story-sourced actions follow the story's visibility).
        var actions = await plan.ListAsync(new ActionFilter(), reader, ct);
        var snapshot = new SignOffSnapshot(version, meetingDate.Date, minuteReference.Trim(), calculated, positions, cover, actions);

        var signOff = new SignOff(cycle.OrganisationId, cycle.Id, version, meetingDate, minuteReference, correctionReason, byUserId, byName, snapshot.ToJson(), now);
        db.SignOffs.Add(signOff);
        if (cycle.State == CycleState.Closed) cycle.MarkSignedOff(now);

        var meeting = meetingDate.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        audit.Record(version == 1 ? AuditActions.CycleSignedOff : AuditActions.CycleSignOffCorrected, "Cycle", cycle.Id.ToString(CultureInfo.InvariantCulture),
            version == 1
                ? $"Signed off '{cycle.Name}' (board meeting {meeting}, minute {minuteReference.Trim()}); snapshot version 1 with {positions.Count} agreed positions"
                : $"Corrected '{cycle.Name}': snapshot version {version} (board meeting {meeting}, minute {minuteReference.Trim()}). Reason: {correctionReason}");
        await db.SaveChangesAsync(ct);
        // An organisation in the benchmark shares the newly frozen means at once (nothing happens for one that is not).
        if (await benchmark.ShareAsync(cycle.OrganisationId, ct)) await benchmark.RecomputeAsync(ct);
        return signOff;
    }
}
