using IncLead.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.Support;

/// <summary>
/// The real app on a real SQLite file of its own, migrated and seeded with the demo organisation through Program.cs.
/// One factory per test class (IClassFixture), so classes run in parallel without sharing data.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    private readonly string _folder;
    private readonly bool _ownsFolder;

    public AppFactory() : this(Directory.CreateTempSubdirectory("inclead-test-").FullName, ownsFolder: true) { }

    /// <summary>A second app instance on another instance's database and mail folder, as behind a load balancer.</summary>
    protected AppFactory(string folder, bool ownsFolder)
    {
        _folder = folder;
        _ownsFolder = ownsFolder;
    }

    public string Folder => _folder;

    public string DatabasePath => Path.Combine(_folder, "inclead.db");
    public string MailFolder => Path.Combine(_folder, "mail");
    public FakeClock Clock { get; } = new();

    /// <summary>Extra settings a test class needs, applied over the defaults below.</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Development by default; production behaviour (HSTS, the exception page, the seed guard) needs another.</summary>
    protected virtual string Environment => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={DatabasePath}");
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        builder.UseSetting("Email:SenderEnabled", "false");
        builder.UseSetting("ActionReminders:Enabled", "false");
        builder.UseSetting("Email:PublicBaseUrl", "http://localhost");
        builder.UseSetting("RateLimits:AuthenticationPerMinute", "10000");
        builder.UseSetting("Security:CookieSecurePolicy", "SameAsRequest");
        builder.UseSetting("Demo:Seed", "true");
        // Serve static assets as a published app does (cached for a year), not with the development reloader.
        builder.UseSetting("ReloadStaticAssetsAtRuntime", "false");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddTransient<Microsoft.AspNetCore.Hosting.IStartupFilter, ClientAddress>();
        });
    }

    /// <summary>Sends what the outbox holds, as the background sender would, and returns the .eml files written.</summary>
    public async Task<IReadOnlyList<string>> DeliverMailAsync()
    {
        await Services.GetRequiredService<OutboxSender>().SendDueAsync(TestContext.Current.CancellationToken);
        return Directory.Exists(MailFolder)
            ? Directory.GetFiles(MailFolder, "*.eml").Select(File.ReadAllText).ToList()
            : [];
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_ownsFolder)
        {
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
        GC.SuppressFinalize(this);
    }
}
