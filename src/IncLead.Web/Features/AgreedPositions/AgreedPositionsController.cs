using System.Globalization;
using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Cycles;
using IncLead.Web.Features.Results;
using IncLead.Web.Frameworks;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.AgreedPositions;

/// <summary>
/// The board's agreed position on each statement. Two people may edit the same one: a save based on an older version
/// is refused with both versions on screen, so neither edit is lost. Every save is audit-logged.
/// </summary>
[Authorize(Policy = Policies.EqualityLead), Route("cycles/{id:int}/positions")]
public sealed class AgreedPositionsController(AppDbContext db, ResultsReader results, StatementLineage lineage, AuditLog audit, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null || cycle.State == CycleState.Draft) return NotFound();
        var calculated = (await results.ReadAsync(cycle)).Results;
        var positions = await db.AgreedPositions.Where(p => p.CycleId == id).ToDictionaryAsync(p => p.StatementId, p => p.Rating);
        var order = DiscussionOrder.Of(calculated);
        var discussFirst = Domain.Scoring.Divergence.MostDivergent(calculated.AllStatements, s => s.Statistics, s => s.Code, length: int.MaxValue).Count;
        return View(new PositionsPage(cycle, calculated, positions, order, discussFirst));
    }

    /// <summary>
    /// The "next statement" link: the first statement in discussion order after <paramref name="after"/> that has no
    /// agreed position yet. When every statement has one, the cycle's tasks say what comes next (sign-off).
    /// </summary>
    [HttpGet("next")]
    public async Task<IActionResult> Next(int id, int? after)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null || cycle.State == CycleState.Draft) return NotFound();
        return await GoToNextAsync(cycle, after);
    }

    [HttpGet("{statementId:int}")]
    public async Task<IActionResult> Edit(int id, int statementId)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null || cycle.State == CycleState.Draft) return NotFound();
        var position = await db.AgreedPositions.SingleOrDefaultAsync(p => p.CycleId == id && p.StatementId == statementId);
        var form = position is null ? new PositionForm() : new PositionForm
        {
            Rating = ((int)position.Rating).ToString(CultureInfo.InvariantCulture), Rationale = position.Rationale, Dissent = position.Dissent, Version = position.Version,
        };
        var page = await PageAsync(cycle, statementId, form, null);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("{statementId:int}")]
    public async Task<IActionResult> Save(int id, int statementId, [Bind(Prefix = "Form")] PositionForm form, string? then)
    {
        var cycle = await db.Cycles.SingleOrDefaultAsync(c => c.Id == id);
        if (cycle is null || cycle.State == CycleState.Draft) return NotFound();
        if (!await InFrameworkAsync(cycle, statementId)) return NotFound();
        if (!ModelState.IsValid) return Invalid((await PageAsync(cycle, statementId, form, null))!, "Edit");

        var position = await db.AgreedPositions.SingleOrDefaultAsync(p => p.CycleId == id && p.StatementId == statementId);
        if (position is not null && position.Version != form.Version) return await ConflictAsync(cycle, statementId, form, position);
        if (position is null && form.Version is not null) return NotFound();

        var rating = (Rating)int.Parse(form.Rating!, CultureInfo.InvariantCulture);
        var by = User.FindFirstValue(AppClaims.FullName) ?? "Equality lead";
        var now = clock.GetUtcNow().UtcDateTime;
        var before = position is null ? "none" : Describe(position.Rating, position.Rationale, position.Dissent);
        if (position is null)
        {
            position = new AgreedPosition(cycle.OrganisationId, id, statementId, rating, form.Rationale!, form.Dissent, by, now);
            db.AgreedPositions.Add(position);
        }
        else
        {
            // The token the editor started from is what the UPDATE checks, so a save that races this one still conflicts.
            db.Entry(position).Property(p => p.Version).OriginalValue = form.Version!.Value;
            position.Change(rating, form.Rationale!, form.Dissent, by, now);
        }
        var code = await db.Statements.Where(s => s.Id == statementId).Select(s => s.Code).SingleAsync();
        audit.Record(before == "none" ? AuditActions.AgreedPositionRecorded : AuditActions.AgreedPositionChanged, "AgreedPosition", $"{id}/{code}",
            $"{cycle.Name} {code}: {before} → {Describe(rating, position.Rationale, position.Dissent)}" + (cycle.State == CycleState.SignedOff ? " (after sign-off: record a corrected version)" : ""));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var theirs = await db.AgreedPositions.SingleOrDefaultAsync(p => p.CycleId == id && p.StatementId == statementId);
            if (theirs is null) throw;
            return await ConflictAsync(cycle, statementId, form, theirs);
        }
        Flash($"Agreed position for {code} saved." + (cycle.State == CycleState.SignedOff ? " The cycle is signed off: record a corrected sign-off version so the change reaches the snapshot." : ""));
        return then == "next" ? await GoToNextAsync(cycle, statementId) : RedirectToAction(nameof(Index), new { id });
    }

    private async Task<IActionResult> GoToNextAsync(Cycle cycle, int? after)
    {
        var calculated = (await results.ReadAsync(cycle)).Results;
        var agreed = (await db.AgreedPositions.Where(p => p.CycleId == cycle.Id).Select(p => p.StatementId).ToListAsync()).ToHashSet();
        var order = DiscussionOrder.Of(calculated).Select(s => s.StatementId).ToList();
        if (DiscussionOrder.NextWithoutPosition(order, agreed, after) is { } next) return RedirectToAction(nameof(Edit), new { id = cycle.Id, statementId = next });
        if (TempData["Flash"] is string saved) Flash($"{saved} All {order.Count} statements have an agreed position.");
        else Flash($"All {order.Count} statements have an agreed position.");
        return Redirect($"/cycles/{cycle.Id}");
    }

    private async Task<IActionResult> ConflictAsync(Cycle cycle, int statementId, PositionForm mine, AgreedPosition theirs)
    {
        ModelState.Clear();
        ModelState.AddModelError("", "Someone else saved this agreed position while you were editing it. Their version is shown below and has been kept. Your version is in the form: check it and save again to replace theirs, or leave this page to keep theirs.");
        var page = await PageAsync(cycle, statementId, new PositionForm { Rating = mine.Rating, Rationale = mine.Rationale, Dissent = mine.Dissent, Version = theirs.Version },
            new PositionVersion(theirs.Rating.Label(), theirs.Rationale, theirs.Dissent, theirs.UpdatedByName, theirs.UpdatedAt));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Edit", page);
    }

    private async Task<PositionPage?> PageAsync(Cycle cycle, int statementId, PositionForm form, PositionVersion? theirs)
    {
        if (!await InFrameworkAsync(cycle, statementId)) return null;
        var statement = await db.Statements.Where(s => s.Id == statementId)
            .Select(s => new { s.Code, s.Text, s.SuggestedAction }).SingleOrDefaultAsync();
        if (statement is null) return null;
        var calculated = (await results.ReadAsync(cycle)).Results;
        var result = calculated.AllStatements.FirstOrDefault(s => s.Code == statement.Code);
        return new PositionPage(cycle.Id, cycle.Name, statementId, statement.Code, statement.Text, statement.SuggestedAction, result,
            await LastCyclePositionAsync(cycle, statement.Code), form, theirs, cycle.State == CycleState.SignedOff, calculated.AnonymityThreshold);
    }

    // The previous cycle's agreed position for this statement, followed through the framework mapping when the version
    // changed: a statement split since then shows its parent's position, said to be that, never as like for like.
    private async Task<string?> LastCyclePositionAsync(Cycle cycle, string code)
    {
        if (cycle.PreviousCycleId is not { } previousId) return null;
        var previousFramework = await db.Cycles.Where(c => c.Id == previousId).Select(c => (int?)c.FrameworkId).SingleOrDefaultAsync();
        if (previousFramework is null || lineage.Earlier(cycle.FrameworkId, code, previousFramework.Value) is not { Code: { } earlierCode } link) return null;
        var position = await (from p in db.AgreedPositions where p.CycleId == previousId
                              join s in db.Statements on p.StatementId equals s.Id where s.Code == earlierCode
                              select new { p.Rating, p.Rationale }).FirstOrDefaultAsync();
        if (position is null) return null;
        // The caveat comes before the rationale, which can run to a paragraph, so it is read first.
        return link.Kind == LineageKind.Split
            ? $"{position.Rating.Label()}, agreed for statement {earlierCode}, which has since been split into more than one statement, so this is not a like-for-like comparison: {position.Rationale}"
            : $"{position.Rating.Label()}: {position.Rationale}";
    }

    // A statement of the cycle's framework that its organisation is asked: governor statements are not agreed by NHS trusts.
    private async Task<bool> InFrameworkAsync(Cycle cycle, int statementId)
    {
        var kinds = await StatementsAsked.KindsAsync(db, cycle.OrganisationId);
        return await db.Statements.AnyAsync(s => s.Id == statementId && (s.AppliesTo == Domain.Frameworks.Applicability.Everyone || (s.AppliesTo & kinds) != 0)
            && db.Factors.Any(f => f.Id == s.FactorId && db.Stages.Any(st => st.Id == f.StageId && st.FrameworkId == cycle.FrameworkId)));
    }

    private static string Describe(Rating rating, string rationale, string? dissent) =>
        $"{rating.Label()} ('{Cut(rationale)}'{(dissent is null ? "" : $"; dissent '{Cut(dissent)}'")})";

    private static string Cut(string text) => text.Length <= 120 ? text : text[..120] + "…";
}

public sealed record PositionsPage(Cycle Cycle, CycleResults Results, IReadOnlyDictionary<int, Rating> Positions, IReadOnlyList<StatementResult> Order, int DiscussFirst);
