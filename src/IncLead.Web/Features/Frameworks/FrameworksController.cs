using IncLead.Web.Data;
using IncLead.Web.Frameworks;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Frameworks;

/// <summary>The framework library, read-only: every imported version with its stages, factors and statements (or EDS outcomes).</summary>
[Authorize, Route("frameworks")]
public sealed class FrameworksController(AppDbContext db) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(await db.Frameworks.OrderBy(f => f.Kind).ThenByDescending(f => f.Version).AsNoTracking().ToListAsync());

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id)
    {
        var framework = await db.Frameworks.AsNoTracking().AsSplitQuery()
            .Include(f => f.Stages).ThenInclude(s => s.Factors).ThenInclude(f => f.Statements)
            .Include(f => f.Domains).ThenInclude(d => d.Outcomes)
            .Include(f => f.Grades)
            .Include(f => f.CommunityEngagementChecks)
            .SingleOrDefaultAsync(f => f.Id == id);
        return framework is null ? NotFound() : View(framework);
    }

    /// <summary>For reviewers: each toolkit element and companion-document item with the statements that cover it, read from the shipped file.</summary>
    [HttpGet("{id:int}/coverage")]
    public async Task<IActionResult> Coverage(int id)
    {
        var framework = await db.Frameworks.Where(f => f.Id == id && f.Kind == Domain.Frameworks.FrameworkKind.IncLead).Select(f => new { f.Code, f.Version }).SingleOrDefaultAsync();
        var file = framework is null ? null : ShippedFile(framework.Code, framework.Version);
        if (file is null) return NotFound();
        return View(CoverageReport.Build(Path.GetFileName(file), await System.IO.File.ReadAllBytesAsync(file)));
    }

    private static string? ShippedFile(string code, string version)
    {
        foreach (var file in Directory.Exists(FrameworkImporter.DefaultFolder) ? Directory.GetFiles(FrameworkImporter.DefaultFolder, "*.json") : [])
        {
            using var json = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllBytes(file));
            if (json.RootElement.TryGetProperty("code", out var c) && c.GetString() == code && json.RootElement.TryGetProperty("version", out var v) && v.GetString() == version) return file;
        }
        return null;
    }
}
