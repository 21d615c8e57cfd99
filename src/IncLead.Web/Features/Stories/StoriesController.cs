using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Domain.Stories;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Stories;

/// <summary>
/// Reading stories. Every query here starts from <see cref="StoryAccess.VisibleTo"/>: a story the reader may not see
/// is missing from the list and the export, and its page answers 404 exactly as a story that does not exist.
/// </summary>
[Authorize(Policy = Policies.OrganisationMember), Route("stories")]
public sealed class StoriesController(AppDbContext db, StoryDetailsQuery details, ReportDownloads downloads, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? visibility, string? voice, int? stage)
    {
        var reader = StoryReaders.From(User);
        var stories = db.Stories.VisibleTo(reader);
        if (Enum.TryParse<StoryVisibility>(visibility, false, out var v)) stories = stories.Where(s => s.Visibility == v);
        if (Enum.TryParse<StoryVoice>(voice, false, out var w)) stories = stories.Where(s => s.Voice == w);
        if (stage is not null) stories = stories.Where(s => s.StageNumber == stage);
        var rows = await stories.OrderByDescending(s => s.UpdatedAt)
            .Select(s => new StoryRow(s.Id, s.Title, s.Voice, s.Visibility, s.Anonymised, s.ConsentRecordedAt != null, s.StageNumber, s.Characteristics, s.UpdatedAt))
            .ToListAsync();
        return View(new StoryListPage(rows, visibility, voice, stage, reader.CanAdd(), reader.IsEqualityLead));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id)
    {
        var reader = StoryReaders.From(User);
        var found = await details.LoadAsync(id, reader);
        if (found is null) return NotFound();
        return View(new StoryPage(found, reader.CanEdit(found.Story), reader.IsEqualityLead));
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> Export(CancellationToken ct)
    {
        var rows = await db.Stories.VisibleTo(StoryReaders.From(User)).OrderByDescending(s => s.UpdatedAt)
            .Select(s => new StoryExportRow(s.Id, s.Title, s.Voice, s.Visibility, s.Anonymised, s.ConsentRecordedAt != null, s.StageNumber, s.Characteristics, s.Narrative, s.UpdatedAt))
            .ToListAsync(ct);
        var name = ReportFiles.Dated(await downloads.OrganisationNameAsync(ct), "stories", clock.GetUtcNow().UtcDateTime, "csv");
        return await downloads.SendAsync(ReportFile.Csv(StoriesCsv.Sheet(rows), name), "Stories", "", $"the stories they may read as CSV, {rows.Count} stories", ct);
    }
}

public sealed record StoryRow(int Id, string Title, StoryVoice Voice, StoryVisibility Visibility, bool Anonymised, bool Consent, int? StageNumber,
    ProtectedCharacteristics Characteristics, DateTime UpdatedAt);

public sealed record StoryListPage(IReadOnlyList<StoryRow> Stories, string? Visibility, string? Voice, int? Stage, bool CanAdd, bool IsEqualityLead);

public sealed record StoryPage(StoryDetails Details, bool CanEdit, bool CanRaiseAction);
