using System.Globalization;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.CoverSheets;

/// <summary>
/// The board cover sheet of a cycle's pack: what meeting it goes to, why, and what the board is asked to do. Filled in
/// by the equality lead before downloading; every save is audit-logged. A signed-off pack keeps the sheet that was
/// tabled (it is in the snapshot), so changing it afterwards changes only later sign-off versions.
/// </summary>
[Authorize(Policy = Policies.EqualityLead), Route("cycles/{id:int}/cover-sheet")]
public sealed class CoverSheetController(AppDbContext db, AuditLog audit, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null || cycle.State == CycleState.Draft) return NotFound();
        var saved = await db.CoverSheets.AsNoTracking().Where(c => c.CycleId == id).Select(c => c.Content).FirstOrDefaultAsync();
        return View(WithCycle(CoverSheetForm.From(saved ?? CoverSheet.Defaults(cycle.Name)), cycle));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save(int id, CoverSheetForm form)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null || cycle.State == CycleState.Draft) return NotFound();
        form.Validate(ModelState);
        if (!ModelState.IsValid) return Invalid(WithCycle(form, cycle), "Edit");

        var now = clock.GetUtcNow().UtcDateTime;
        var by = User.FindFirst(AppClaims.FullName)?.Value ?? User.Identity?.Name ?? "";
        var sheet = await db.CoverSheets.SingleOrDefaultAsync(c => c.CycleId == id);
        if (sheet is null) db.CoverSheets.Add(new CoverSheet(cycle.OrganisationId, cycle.Id, form.ToContent(), by, now));
        else sheet.Update(form.ToContent(), by, now);
        audit.Record(AuditActions.CoverSheetSaved, "Cycle", cycle.Id.ToString(CultureInfo.InvariantCulture),
            $"Saved the board cover sheet of '{cycle.Name}': {form.ReportTitle.Trim()}, {form.Purpose!.Value.Label().ToLowerInvariant()}");
        await db.SaveChangesAsync();
        Flash("Cover sheet saved. The board pack now opens with it.");
        return Redirect($"/cycles/{id}");
    }

    private static CoverSheetForm WithCycle(CoverSheetForm form, Cycle cycle)
    {
        form.CycleId = cycle.Id;
        form.CycleName = cycle.Name;
        form.SignedOff = cycle.State == CycleState.SignedOff;
        return form;
    }
}
