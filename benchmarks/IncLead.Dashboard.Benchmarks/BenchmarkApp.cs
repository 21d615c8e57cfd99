using IncLead.Tests.Support;
using IncLead.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Dashboard.Benchmarks;

/// <summary>
/// The app in Production mode on Kestrel (loopback), with its own SQLite file, no demo data, the background jobs off
/// and every SQL command counted. Requests go over a real socket, as a browser's would.
/// </summary>
public sealed class BenchmarkApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("inclead-dashboard-bench-").FullName;

    public CommandCounter Commands { get; } = new();

    public string BaseUrl { get; private set; } = "";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(_folder, "bench.db")}");
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Email:SenderEnabled", "false");
        builder.UseSetting("Email:PublicBaseUrl", "http://localhost");
        builder.UseSetting("Email:PickupDirectory", Path.Combine(_folder, "mail"));
        builder.UseSetting("ActionReminders:Enabled", "false");
        builder.UseSetting("RateLimits:AuthenticationPerMinute", "1000000");
        builder.UseSetting("Security:CookieSecurePolicy", "SameAsRequest");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Commands)));
    }

    public void Start()
    {
        // WebApplicationFactory finds a test project's content root from build metadata a plain console app lacks;
        // it also honours this variable, so point it at the web project beside the solution file.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_INCLEAD_WEB", Path.Combine(SolutionFolder(), "src", "IncLead.Web"));
        UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    private static string SolutionFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IncLead.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run the benchmark from inside the repository: IncLead.sln was not found above " + AppContext.BaseDirectory);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
