using System.Net;
using IncLead.DevIdentityProvider.Endpoints;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IncLead.DevIdentityProvider;

/// <summary>
/// A real OpenID Connect server (OpenIddict) on a loopback port, with signing keys of its own made at start-up, so two
/// instances never trust each other's tokens. Authorization code flow with PKCE, refresh tokens, and a sign-in form.
/// </summary>
public sealed class DevIdentityProviderServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SqliteConnection _store;

    private DevIdentityProviderServer(WebApplication app, SqliteConnection store, DevUsers users)
    {
        _app = app;
        _store = store;
        Users = users;
    }

    public DevUsers Users { get; }

    /// <summary>The issuer, such as <c>http://127.0.0.1:5100/</c>.</summary>
    public string Authority { get; private set; } = "";

    public static async Task<DevIdentityProviderServer> StartAsync(int port = 0, string[]? args = null)
    {
        // No file watchers for settings: tests start several of these, and inotify instances are a shared, small budget.
        var builder = WebApplication.CreateSlimBuilder([.. args ?? [], "--hostBuilder:reloadConfigOnChange=false"]);
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var store = new SqliteConnection("Data Source=:memory:");
        await store.OpenAsync();
        var users = new DevUsers();
        builder.Services.AddSingleton(users);
        builder.Services.AddDbContext<DevIdentityProviderDbContext>(o => o.UseSqlite(store).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<DevIdentityProviderDbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                o.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.Email, Scopes.Profile, Scopes.OfflineAccess);
                // Keys made afresh for each server: a token from another instance fails signature validation.
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                o.DisableAccessTokenEncryption();
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(5));
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough()
                    // Loopback HTTP for development and tests only.
                    .DisableTransportSecurityRequirement();
            });
        builder.Services.AddAuthorization();

        var app = builder.Build();
        app.MapAuthorizeEndpoint();
        app.MapTokenEndpoint();
        app.MapGet("/", () => Results.Text("IncLead development identity provider. Discovery: /.well-known/openid-configuration"));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DevIdentityProviderDbContext>().Database.EnsureCreatedAsync();
        }
        await app.StartAsync();
        var server = new DevIdentityProviderServer(app, store, users);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Authority = address.TrimEnd('/') + "/";
        return server;
    }

    /// <summary>Registers a confidential client (the IncLead app of one organisation) with its exact redirect addresses.</summary>
    public Task AddClientAsync(string clientId, string clientSecret, params string[] redirectUris) =>
        AddClientAsync(clientId, redirectUris, d => d.ClientSecret = clientSecret);

    /// <summary>A client that proves itself with assertions signed by this certificate's key (private_key_jwt), with no secret.</summary>
    public Task AddCertificateClientAsync(string clientId, System.Security.Cryptography.X509Certificates.X509Certificate2 certificate, params string[] redirectUris) =>
        AddClientAsync(clientId, redirectUris, d => d.JsonWebKeySet = new Microsoft.IdentityModel.Tokens.JsonWebKeySet
        {
            Keys = { Microsoft.IdentityModel.Tokens.JsonWebKeyConverter.ConvertFromX509SecurityKey(new Microsoft.IdentityModel.Tokens.X509SecurityKey(certificate), representAsRsaKey: true) },
        });

    private async Task AddClientAsync(string clientId, string[] redirectUris, Action<OpenIddictApplicationDescriptor> credential)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientType = ClientTypes.Confidential,
            DisplayName = "IncLead",
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Email, Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        credential(descriptor);
        foreach (var uri in redirectUris) descriptor.RedirectUris.Add(new Uri(uri));
        await manager.CreateAsync(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
    }
}
