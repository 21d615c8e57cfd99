using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

[assembly: AssemblyFixture(typeof(IncLead.BrowserTests.AppServer))]
[assembly: AssemblyFixture(typeof(IncLead.BrowserTests.Chromium))]

namespace IncLead.BrowserTests;

/// <summary>
/// The real app on a loopback port (Kestrel), with its own SQLite file and the demo organisation; one for the whole assembly.
/// Tests that move the demo cycle on (close it, sign it off) use their own instance, <see cref="JourneyServer"/>.
/// </summary>
public class AppServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inclead-browser-").FullName;

    public string BaseUrl { get; private set; } = "";
    public string MailFolder => Path.Combine(_folder, "mail");
    public RequestLog Requests { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(_folder, "inclead.db")}");
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        builder.UseSetting("Email:PollInterval", "00:00:00.200");
        builder.UseSetting("RateLimits:AuthenticationPerMinute", "10000");
        builder.UseSetting("Security:CookieSecurePolicy", "SameAsRequest");
        builder.UseSetting("Demo:Seed", "true");
        builder.UseSetting("SingleSignOn:AllowHttpProviders", "true"); // the development provider in the tests answers over plain HTTP
        builder.UseSetting("SingleSignOn:ProviderTimeout", "00:00:30"); // its first answers are slow on a loaded machine
        // Serve static assets as a published app does (cached for a year), not with the development reloader.
        builder.UseSetting("ReloadStaticAssetsAtRuntime", "false");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(Requests));
    }

    public ValueTask InitializeAsync()
    {
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
