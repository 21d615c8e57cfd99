using IncLead.Web.Data;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Frameworks;

/// <summary>
/// Loads the framework files shipped with the app into the library at start-up. Idempotent by code and version.
/// Every file is parsed before anything is written, so one bad file stops start-up and leaves the library as it was.
/// </summary>
public sealed class FrameworkImporter(AppDbContext db, TimeProvider clock, StatementLineage lineage, ILogger<FrameworkImporter> log)
{
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Frameworks", "Data");

    /// <summary>Mapping files (one version's statement codes to the next's) live in this folder under the framework files.</summary>
    public const string MappingsFolder = "Mappings";

    public async Task<int> ImportFolderAsync(string folder, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList() : [];
        var parsed = new List<Framework>();
        foreach (var file in files)
        {
            parsed.Add(FrameworkFile.Parse(Path.GetFileName(file), await File.ReadAllBytesAsync(file, ct), now));
        }

        var duplicate = parsed.GroupBy(f => (f.Code, f.Version)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new FrameworkFileException(string.Join(", ", files.Select(Path.GetFileName)), "$.version", $"{duplicate.Key.Code} version {duplicate.Key.Version} is in more than one file");

        var mappings = await ReadMappingsAsync(folder, parsed, ct);

        var existing = await db.Frameworks.Select(f => new { f.Id, f.Code, f.Version, f.ContentHash }).ToListAsync(ct);
        var imported = 0;
        foreach (var framework in parsed)
        {
            var stored = existing.FirstOrDefault(e => e.Code == framework.Code && e.Version == framework.Version);
            if (stored is not null && stored.ContentHash == framework.ContentHash)
            {
                await BackfillSessionTemplateAsync(stored.Id, framework, ct);
                await BackfillAppliesToAsync(stored.Id, framework, ct);
                continue;
            }
            if (stored is not null)
            {
                // A version a cycle has used never changes; an unused one may still be corrected in place.
                if (await db.Set<Cycle>().IgnoreQueryFilters().AnyAsync(c => c.FrameworkId == stored.Id, ct))
                {
                    log.LogWarning("Framework {Code} version {Version} has changed on disk but is used by cycles, so the stored copy is kept. Give the changed file a new version.", framework.Code, framework.Version);
                    continue;
                }
                await db.Frameworks.Where(f => f.Id == stored.Id).ExecuteDeleteAsync(ct);
            }
            db.Frameworks.Add(framework);
            imported++;
            log.LogInformation("Imported framework {Code} version {Version}", framework.Code, framework.Version);
        }
        await db.SaveChangesAsync(ct);
        lineage.Use(mappings);
        lineage.UseVersions((await db.Frameworks.Select(f => new { f.Id, f.Code, f.Version }).ToListAsync(ct)).Select(f => (f.Id, f.Code, f.Version)));
        return imported;
    }

    // Checked against the framework files just parsed, before anything is written: a mapping that misses an old code
    // or claims a new one twice stops start-up like a malformed framework file.
    private static async Task<List<FrameworkMapping>> ReadMappingsAsync(string folder, IReadOnlyCollection<Framework> frameworks, CancellationToken ct)
    {
        var mappingFolder = Path.Combine(folder, MappingsFolder);
        var files = Directory.Exists(mappingFolder) ? Directory.GetFiles(mappingFolder, "*.json").Order(StringComparer.Ordinal).ToList() : [];
        var mappings = new List<FrameworkMapping>();
        foreach (var file in files)
        {
            var mapping = FrameworkMapping.Parse($"{MappingsFolder}/{Path.GetFileName(file)}", await File.ReadAllBytesAsync(file, ct), frameworks);
            if (mappings.FirstOrDefault(m => m.Code == mapping.Code && m.FromVersion == mapping.FromVersion) is { } other)
                throw new FrameworkFileException(mapping.File, "$.from", $"{mapping.Code} version {mapping.FromVersion} is already mapped by {other.File}");
            mappings.Add(mapping);
        }
        return mappings;
    }

    // Databases imported before the sample board development session was read get it now: it was in the file all
    // along, so the version's content does not change; nothing else of a stored framework is ever touched.
    private async Task BackfillSessionTemplateAsync(int frameworkId, Framework parsed, CancellationToken ct)
    {
        if (parsed.SessionTemplate is not { } template || await db.BoardSessionTemplates.AnyAsync(t => t.FrameworkId == frameworkId, ct)) return;
        db.BoardSessionTemplates.Add(template);
        db.Entry(template).Property(t => t.FrameworkId).CurrentValue = frameworkId;
        log.LogInformation("Added the board development session template to framework {Code} version {Version}", parsed.Code, parsed.Version);
    }

    // Likewise the organisation types a statement is for (appliesTo) were in the file before they were stored: copied
    // onto the stored statements by code, so a database imported earlier hides governor statements from NHS trusts too.
    private async Task BackfillAppliesToAsync(int frameworkId, Framework parsed, CancellationToken ct)
    {
        foreach (var statement in parsed.Stages.SelectMany(s => s.Factors).SelectMany(f => f.Statements).Where(s => s.AppliesTo != Applicability.Everyone))
        {
            var updated = await db.Statements
                .Where(s => s.Code == statement.Code && s.AppliesTo != statement.AppliesTo
                    && db.Factors.Any(f => f.Id == s.FactorId && db.Stages.Any(st => st.Id == f.StageId && st.FrameworkId == frameworkId)))
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.AppliesTo, statement.AppliesTo), ct);
            if (updated > 0) log.LogInformation("Recorded who statement {Code} of framework {Framework} version {Version} is for", statement.Code, parsed.Code, parsed.Version);
        }
    }
}
