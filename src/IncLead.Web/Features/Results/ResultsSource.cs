using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Features.SignOffs;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Results;

/// <summary>
/// Where a cycle's results come from: a signed-off cycle shows its latest frozen snapshot, so what the board signed is
/// what everyone sees afterwards; any other cycle is calculated from the answers as they stand.
/// </summary>
public sealed class ResultsSource(AppDbContext db, ResultsCalculator calculator)
{
    public async Task<CycleResults?> LoadAsync(Cycle cycle, CancellationToken ct = default)
    {
        if (cycle.State == CycleState.SignedOff)
        {
            var snapshot = await db.SignOffs.Where(s => s.CycleId == cycle.Id).OrderByDescending(s => s.Version).Select(s => s.Snapshot).FirstOrDefaultAsync(ct);
            if (snapshot is not null) return SignOffSnapshot.FromJson(snapshot).Results;
        }
        return await calculator.CalculateAsync(cycle.Id, ct);
    }

    /// <summary>The cycle this one is compared with: the one it was started from, otherwise the latest earlier cycle.</summary>
    public async Task<Cycle?> PreviousAsync(Cycle cycle, CancellationToken ct = default) =>
        cycle.PreviousCycleId is { } id
            ? await db.Cycles.SingleOrDefaultAsync(c => c.Id == id, ct)
            : await db.Cycles.Where(c => c.CreatedAt < cycle.CreatedAt && c.State != CycleState.Draft).OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(ct);
}
