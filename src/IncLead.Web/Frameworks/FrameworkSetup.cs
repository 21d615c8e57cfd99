namespace IncLead.Web.Frameworks;

public static class FrameworkSetup
{
    /// <summary>Imports the shipped framework files; a malformed file throws here, which stops start-up with its message.</summary>
    public static async Task ImportFrameworksAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<FrameworkImporter>().ImportFolderAsync(FrameworkImporter.DefaultFolder);
    }
}
