using System.Globalization;
using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain.Stories;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Stories;

/// <summary>
/// Adding and changing stories: equality leads and board members add them; a board member changes only their own.
/// A save based on an older version is refused with both versions shown, so neither is lost.
/// </summary>
[Authorize(Policy = Policies.BoardMemberOrEqualityLead), Route("stories")]
public sealed class StoryEditController(AppDbContext db, AuditLog audit, TimeProvider clock) : AppController
{
    [HttpGet("new")]
    public async Task<IActionResult> New() =>
        View("Form", await PageAsync(null, new StoryForm { Visibility = nameof(StoryVisibility.EqualityLeadOnly) }, null));

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] StoryForm form)
    {
        form.Validate(ModelState, await OutcomeIdsAsync());
        if (!ModelState.IsValid) return Invalid(await PageAsync(null, form, null), "Form");
        var story = new Story(db.OrganisationId!.Value, UserId, UserName, clock.GetUtcNow().UtcDateTime);
        Apply(story, form);
        db.Stories.Add(story);
        await db.InTransactionAsync(async ct =>
        {
            await db.SaveChangesAsync(ct);
            audit.Record(AuditActions.StoryAdded, "Story", story.Id.ToString(CultureInfo.InvariantCulture), $"Added '{story.Title}' ({story.Visibility.Label()})");
            return await db.SaveChangesAsync(ct);
        });
        Flash($"Story added: {story.Title}");
        return Redirect($"/stories/{story.Id}");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var (story, refusal) = await EditableAsync(id);
        return story is null ? refusal! : View("Form", await PageAsync(id, StoryForm.From(story), null));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Save(int id, [Bind(Prefix = "Form")] StoryForm form)
    {
        var (story, refusal) = await EditableAsync(id);
        if (story is null) return refusal!;
        form.Validate(ModelState, await OutcomeIdsAsync());
        if (!ModelState.IsValid) return Invalid(await PageAsync(id, form, null), "Form");
        if (form.Version != story.Version) return await ConflictAsync(story, form);

        var before = $"'{story.Title}' ({story.Visibility.Label()}, consent {(story.HasConsent ? "recorded" : "not recorded")})";
        db.Entry(story).Property(s => s.Version).OriginalValue = form.Version!.Value;
        Apply(story, form);
        audit.Record(AuditActions.StoryChanged, "Story", id.ToString(CultureInfo.InvariantCulture),
            $"{before} → '{story.Title}' ({story.Visibility.Label()}, consent {(story.HasConsent ? "recorded" : "not recorded")})");
        return await SaveEditAsync(db, async () =>
        {
            var saved = await db.Stories.VisibleTo(StoryReaders.From(User)).SingleOrDefaultAsync(s => s.Id == id);
            return saved is null ? NotFound() : await ConflictAsync(saved, form);
        }, "The story has been saved.", $"/stories/{id}");
    }

    private void Apply(Story story, StoryForm form)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        story.Tell(form.Title!, form.Narrative!, form.VoiceValue!.Value, form.Anonymised, form.StageValue, form.CharacteristicsValue, form.EdsOutcomeId, UserName, now);
        story.SetConsent(form.ConsentGiven, form.ConsentNote, UserId, UserName, now);
        story.Share(form.VisibilityValue!.Value, UserName, now);
    }

    // A story the person cannot read is not there for them (404); one they can read but not change is refused (403).
    private async Task<(Story?, IActionResult?)> EditableAsync(int id)
    {
        var reader = StoryReaders.From(User);
        var story = await db.Stories.VisibleTo(reader).SingleOrDefaultAsync(s => s.Id == id);
        if (story is null) return (null, NotFound());
        if (!reader.CanEdit(story)) return (null, Refused(StatusCodes.Status403Forbidden, "You cannot change this story", "Board members can change the stories they added. Ask the equality lead to change this one."));
        return (story, null);
    }

    private async Task<IActionResult> ConflictAsync(Story saved, StoryForm mine)
    {
        ModelState.Clear();
        ModelState.AddModelError("", "Someone else saved this story while you were editing it. Their version is shown and has been kept. Your version is in the form below and has not been saved: check it and save again to replace theirs, or leave this page to keep theirs.");
        mine.Version = saved.Version;
        Response.StatusCode = StatusCodes.Status409Conflict;
        var theirs = new StoryVersion(saved.Title, saved.Narrative, saved.Voice, saved.Visibility, saved.Anonymised, saved.HasConsent, saved.UpdatedByName, saved.UpdatedAt);
        return View("Form", await PageAsync(saved.Id, mine, theirs));
    }

    private async Task<StoryFormPage> PageAsync(int? id, StoryForm form, StoryVersion? theirs)
    {
        var outcomes = await (from o in db.EdsOutcomes join d in db.EdsDomains on o.DomainId equals d.Id join f in db.Frameworks on d.FrameworkId equals f.Id
                              orderby f.Kind, d.Number, o.Order select new { o.Id, Framework = f.Title, o.Code }).ToListAsync();
        var stages = Enumerable.Range(1, 5).Select(n => new SelectListItem($"Stage {n}", n.ToString(CultureInfo.InvariantCulture))).ToList();
        return new StoryFormPage(id, form, stages, [.. outcomes.Select(o => new SelectListItem($"{o.Framework} {o.Code}", o.Id.ToString(CultureInfo.InvariantCulture)))], theirs);
    }

    private async Task<HashSet<int>> OutcomeIdsAsync() => [.. await db.EdsOutcomes.Select(o => o.Id).ToListAsync()];

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private string UserName => User.FindFirstValue(AppClaims.FullName) ?? "Someone";
}
