using System.Globalization;
using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Scoring;
using IncLead.Web.Features.Results;
using IncLead.Web.Features.Stories;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Actions;

/// <summary>
/// Raising actions: from a cycle's low or divergent statements (the suggested action pre-filled), from a factor, stage,
/// EDS outcome or story, or free-standing. The equality lead keeps the plan, so only they raise actions.
/// </summary>
[Authorize(Policy = Policies.EqualityLead), Route("actions")]
public sealed class RaiseController(AppDbContext db, ResultsReader results, ActionSourceResolver sources, AuditLog audit, TimeProvider clock) : AppController
{
    public const double LowMean = 1.5;

    [HttpGet("raise")]
    public async Task<IActionResult> Raise(int? cycle)
    {
        var cycles = await db.Cycles.Where(c => c.State != CycleState.Draft).OrderByDescending(c => c.CreatedAt).ToListAsync();
        var chosen = cycle is null ? cycles.FirstOrDefault() : cycles.FirstOrDefault(c => c.Id == cycle);
        if (cycle is not null && chosen is null) return NotFound();
        if (chosen is null) return Refused(StatusCodes.Status409Conflict, "There are no results to raise actions from yet", "Open a cycle first, or raise a free-standing action from the action plan.");

        var calculated = (await results.ReadAsync(chosen)).Results;
        var existing = await db.Actions.Where(a => a.CycleId == chosen.Id && a.StatementId != null).GroupBy(a => a.StatementId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        RaiseCandidate Candidate(StatementResult s) => new(s.StatementId, s.Code, s.Text, s.Statistics.Mean, s.Statistics.Consensus, existing.GetValueOrDefault(s.StatementId));
        var low = calculated.AllStatements.Where(s => s.Statistics.Mean < LowMean).OrderBy(s => s.Statistics.Mean).ThenBy(s => s.Code, StringComparer.Ordinal).Select(Candidate).ToList();
        var divergent = Divergence.MostDivergent(calculated.AllStatements, s => s.Statistics, s => s.Code).Select(Candidate).ToList();
        var factors = calculated.AllFactors.Where(f => f.Figure.Mean < LowMean).OrderBy(f => f.Figure.Mean).Select(f => new FactorCandidate(f.Code, f.Title, f.Figure.Mean)).ToList();
        return View(new RaisePage(chosen, cycles, low, divergent, factors));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(int? cycle, int? statement, int? factor, int? stage, int? outcome, int? story, string? factorCode)
    {
        if (factorCode is not null && cycle is not null)
        {
            // Factor candidates are listed by code; the id is the factor of that code in the cycle's framework.
            factor = await (from f in db.Factors where f.Code == factorCode
                            join s in db.Stages on f.StageId equals s.Id
                            where db.Cycles.Any(c => c.Id == cycle && c.FrameworkId == s.FrameworkId)
                            select (int?)f.Id).FirstOrDefaultAsync();
            if (factor is null) return NotFound();
        }
        var resolved = await sources.ResolveAsync(cycle, statement, factor, stage, outcome, story, StoryReaders.From(User));
        if (resolved is null) return NotFound();
        var form = new ActionForm
        {
            Title = resolved.Details.StatementCode is { } code ? $"{code}: {Short(resolved.Details.StatementText!)}" : null,
            Description = resolved.Details.SuggestedAction,
            Priority = nameof(ActionPriority.Medium),
            DueOn = clock.GetUtcNow().UtcDateTime.Date.AddMonths(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            CycleId = cycle, StatementId = statement, FactorId = factor, StoryId = story, EdsOutcomeId = outcome,
            StageId = statement is null && factor is null ? stage : null,
        };
        return View("Form", new ActionFormPage(null, form, await ActionChoicesLoader.LoadAsync(db), resolved.Details, null));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] ActionForm form)
    {
        var reader = StoryReaders.From(User);
        var now = clock.GetUtcNow().UtcDateTime;
        if (form.StatementId is not null || form.FactorId is not null) form.StageId = null;
        // Hidden source fields that do not check out are foreign or forged ids: 404, as for any other.
        var basis = await sources.ResolveAsync(form.CycleId, form.StatementId, form.FactorId, null, null, form.StoryId, reader);
        if (basis is null) return NotFound();
        await ActionFormChecks.ValidateAsync(form, ModelState, db, now, isNew: true);
        if (!ModelState.IsValid) return Invalid(new ActionFormPage(null, form, await ActionChoicesLoader.LoadAsync(db), basis.Details, null), "Form");

        var source = (await sources.ResolveAsync(form.CycleId, form.StatementId, form.FactorId, form.StageId, form.EdsOutcomeId, form.StoryId, reader))!.Source;
        var by = User.FindFirstValue(AppClaims.FullName) ?? "Equality lead";
        var action = new ActionItem(db.OrganisationId!.Value, source, form.Title!, form.Description ?? "", form.OwnerUserId!, form.ExecutiveLeadUserId,
            form.DueOnDate!.Value, form.PriorityValue!.Value, by, now);
        await db.InTransactionAsync(async ct =>
        {
            db.Actions.Add(action);
            await db.SaveChangesAsync(ct);
            audit.Record(AuditActions.ActionRaised, "Action", action.Id.ToString(CultureInfo.InvariantCulture),
                $"Raised '{action.Title}', due {Dates.Long(action.DueOn)}, {Describe(source)}");
            return await db.SaveChangesAsync(ct);
        });
        Flash($"Action raised: {action.Title}");
        return Redirect($"/actions/{action.Id}");
    }

    private static string Describe(ActionSource source) => source switch
    {
        { StatementId: not null } => "from a statement",
        { FactorId: not null } => "from a factor",
        { StageId: not null } => "from a stage",
        { EdsOutcomeId: not null } => "from an EDS outcome",
        { StoryId: not null } => "from a story",
        _ => "free-standing",
    };

    private static string Short(string text) => text.Length <= 150 ? text : text[..150].TrimEnd() + "…";
}
