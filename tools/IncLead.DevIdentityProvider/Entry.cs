namespace IncLead.DevIdentityProvider;

/// <summary>
/// <c>dotnet run --project tools/IncLead.DevIdentityProvider</c>: the development provider on http://127.0.0.1:5100/
/// with the demo trust's people and one client for the demo organisation (README, "Try single sign-on locally").
/// </summary>
public static class Entry
{
    public const string DemoClientId = "inclead-demo";
    public const string DemoClientSecret = "demo-client-secret-not-for-production";
    public const string DemoPassword = "Provider-demo-2026";

    public static async Task Main(string[] args)
    {
        var port = int.TryParse(Environment.GetEnvironmentVariable("DEV_IDP_PORT"), out var p) ? p : 5100;
        var app = Environment.GetEnvironmentVariable("INCLEAD_URL") ?? "http://localhost:5000";
        await using var server = await DevIdentityProviderServer.StartAsync(port, args);
        foreach (var (email, name) in DemoPeople) server.Users.Add(email, DemoPassword, name);
        // The demo organisation is the first one created; a second is there for trying another organisation.
        await server.AddClientAsync(DemoClientId, DemoClientSecret, $"{app}/signin-oidc/1", $"{app}/signin-oidc/2");

        Console.WriteLine($"Development identity provider running at {server.Authority}");
        Console.WriteLine($"  Client ID: {DemoClientId}   Client secret: {DemoClientSecret}");
        Console.WriteLine($"  People: {string.Join(", ", DemoPeople.Select(d => d.Email))}, password {DemoPassword}");
        Console.WriteLine("Press Ctrl+C to stop.");
        var stop = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
        await stop.Task;
    }

    private static readonly (string Email, string Name)[] DemoPeople =
    [
        ("trust.admin@riverside.example", "Sam Patel"),
        ("chair@riverside.example", "Margaret Okafor"),
        ("ned.people@riverside.example", "Tomasz Nowak"),
        ("new.director@riverside.example", "Nia Roberts"),
    ];
}
