using IncLead.Tests.Support;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Frameworks;

public sealed class FrameworkImporterTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> ImportAsync(string folder)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FrameworkImporter>().ImportFolderAsync(folder, Ct);
    }

    [Fact]
    public async Task Start_up_imports_all_three_kinds_into_the_library()
    {
        // Other tests in this class add versions; the shipped ones are what start-up must have loaded.
        string[] shipped = ["2012.1", "2022.1", "2013.1"];
        var kinds = await app.QueryAsync(db => db.Frameworks.Where(f => shipped.Contains(f.Version)).Select(f => f.Kind).ToListAsync(Ct));
        Assert.Equivalent(new[] { FrameworkKind.IncLead, FrameworkKind.Eds2022, FrameworkKind.Eds2 }, kinds);
        Assert.Equal(95, await app.QueryAsync(db => db.Stages.Where(s => db.Frameworks.Any(f => f.Id == s.FrameworkId && f.Version == "2012.1")).SelectMany(s => s.Factors).SelectMany(f => f.Statements).CountAsync(Ct)));
        Assert.Equal(29, await app.QueryAsync(db => db.EdsDomains.Where(d => db.Frameworks.Any(f => f.Id == d.FrameworkId && (f.Version == "2022.1" || f.Version == "2013.1"))).SelectMany(d => d.Outcomes).CountAsync(Ct)));
    }

    [Fact]
    public async Task Importing_the_same_files_again_changes_nothing()
    {
        var before = await app.QueryAsync(db => db.Statements.CountAsync(Ct));
        var frameworks = await app.QueryAsync(db => db.Frameworks.CountAsync(Ct));
        Assert.Equal(0, await ImportAsync(FrameworkFileTests.DataFolder));
        Assert.Equal(0, await ImportAsync(FrameworkFileTests.DataFolder));
        Assert.Equal(before, await app.QueryAsync(db => db.Statements.CountAsync(Ct)));
        Assert.Equal(frameworks, await app.QueryAsync(db => db.Frameworks.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_malformed_file_stops_the_import_with_its_name_path_and_problem_and_writes_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("inclead-frameworks-").FullName;
        var json = File.ReadAllText(Path.Combine(FrameworkFileTests.DataFolder, "eds-2022.json")).Replace("\"2022.1\"", "\"2022.9\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "a-good.json"), json);
        File.WriteAllText(Path.Combine(folder, "b-broken.json"), """{ "code": "x", "version": "1", "kind": "IncLead", "title": "T", "publisher": "P", "published": "2026", "summary": "S", "stages": [ { "code": "S1" } ] }""");
        var before = await app.QueryAsync(db => db.Frameworks.CountAsync(Ct));

        var ex = await Assert.ThrowsAsync<FrameworkFileException>(() => ImportAsync(folder));
        Assert.Equal("Framework file 'b-broken.json' is not valid at $.coverage: the field 'coverage' is missing", ex.Message);
        Assert.Equal(before, await app.QueryAsync(db => db.Frameworks.CountAsync(Ct)));
    }
}

/// <summary>A mapping file is checked with the framework files, before anything is written.</summary>
public sealed class FrameworkMappingImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_incomplete_mapping_stops_the_import_naming_the_file_and_entry_and_writes_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("inclead-frameworks-").FullName;
        var json = File.ReadAllText(Path.Combine(FrameworkFileTests.DataFolder, "inclead-2012.json"));
        File.WriteAllText(Path.Combine(folder, "inclead-2012.json"), json);
        File.WriteAllText(Path.Combine(folder, "inclead-2012-8.json"), json.Replace("\"version\": \"2012.1\"", "\"version\": \"2012.8\"", StringComparison.Ordinal));
        Directory.CreateDirectory(Path.Combine(folder, FrameworkImporter.MappingsFolder));
        File.WriteAllText(Path.Combine(folder, FrameworkImporter.MappingsFolder, "inclead-2012.1-to-2012.8.json"),
            """{ "code": "inclead", "from": "2012.1", "to": "2012.8", "statements": [ { "from": "S1.F1.01", "change": "same", "to": ["S1.F1.01"] } ] }""");
        var before = await app.QueryAsync(db => db.Frameworks.CountAsync(Ct));

        using var scope = app.Services.CreateScope();
        var ex = await Assert.ThrowsAsync<FrameworkFileException>(() => scope.ServiceProvider.GetRequiredService<FrameworkImporter>().ImportFolderAsync(folder, Ct));
        Assert.StartsWith("Framework file 'Mappings/inclead-2012.1-to-2012.8.json' is not valid at $.statements: every statement of version 2012.1 must be accounted for", ex.Message);
        Assert.Contains("S1.F1.02", ex.Problem);
        Assert.Equal(before, await app.QueryAsync(db => db.Frameworks.CountAsync(Ct)));
    }
}

/// <summary>Adds a framework version, so it has a database of its own and cannot change the counts above.</summary>
public sealed class FrameworkVersionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> ImportAsync(string folder)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FrameworkImporter>().ImportFolderAsync(folder, Ct);
    }

    [Fact]
    public async Task A_new_version_is_added_beside_the_old_one()
    {
        var folder = Directory.CreateTempSubdirectory("inclead-frameworks-").FullName;
        var json = File.ReadAllText(Path.Combine(FrameworkFileTests.DataFolder, "eds2-2013.json")).Replace("\"2013.1\"", "\"2013.2\"", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "eds2-2013-2.json"), json);
        Assert.Equal(1, await ImportAsync(folder));
        Assert.Equal(0, await ImportAsync(folder));
        Assert.Equal(2, await app.QueryAsync(db => db.Frameworks.CountAsync(f => f.Code == "eds2", Ct)));
    }
}
