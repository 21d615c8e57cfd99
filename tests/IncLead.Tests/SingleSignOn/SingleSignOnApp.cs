using IncLead.DevIdentityProvider;
using IncLead.Tests.Support;
using IncLead.Web.Domain;
using IncLead.Web.Features.SingleSignOn;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.SingleSignOn;

/// <summary>
/// The app, plus two real OpenID Connect servers on loopback ports, each with signing keys of its own: the trust's
/// provider and another one that an attacker controls. The clock starts at the real time, because the providers'
/// tokens and the browser's cookie expiry use it.
/// </summary>
public sealed class SingleSignOnApp : AppFactory, IAsyncLifetime
{
    public const string ClientSecret = "riverside-client-secret-for-tests";
    public DevIdentityProviderServer Provider { get; private set; } = null!;
    public DevIdentityProviderServer OtherProvider { get; private set; } = null!;
    public int RiversideId { get; private set; }

    public SingleSignOnApp() => Clock.Advance(DateTimeOffset.UtcNow - Clock.GetUtcNow());

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["SingleSignOn:AllowHttpProviders"] = "true",
        ["SingleSignOn:ProviderTimeout"] = "00:00:05",
    };

    public async ValueTask InitializeAsync()
    {
        Provider = await DevIdentityProviderServer.StartAsync();
        OtherProvider = await DevIdentityProviderServer.StartAsync();
        // The first answer from a cold server can be slower than the app's timeout on a busy machine.
        using (var warm = new HttpClient { Timeout = TimeSpan.FromMinutes(3) })
        {
            foreach (var server in new[] { Provider, OtherProvider })
                await warm.GetStringAsync(new Uri(server.Authority + ".well-known/openid-configuration"), TestContext.Current.CancellationToken);
        }
        RiversideId = await this.QueryAsync(db => db.Organisations.Where(o => o.OdsCode == "RX1" || o.Name.StartsWith("Riverside")).Select(o => o.Id).FirstAsync());
        await Provider.AddClientAsync("riverside", ClientSecret, CallbackFor(RiversideId));
        await ConnectAsync(RiversideId, Provider.Authority, "riverside", ["riverside.example"]);
    }

    public static string CallbackFor(int organisationId) => $"http://localhost/signin-oidc/{organisationId}";

    /// <summary>Saves an organisation's connection as the settings page does (the page itself is tested on its own).</summary>
    public async Task ConnectAsync(int organisationId, string authority, string clientId, string[] domains, bool required = false, OrganisationRoles autoJoin = OrganisationRoles.None)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        var secret = scope.ServiceProvider.GetRequiredService<ClientSecretProtector>().Protect(ClientSecret);
        var connection = await db.SingleSignOnConnections.Include(c => c.Domains).FirstOrDefaultAsync(c => c.OrganisationId == organisationId);
        if (connection is null) db.SingleSignOnConnections.Add(connection = new SingleSignOnConnection(organisationId));
        connection.Configure(authority, clientId, secret, "email", domains, true, required, autoJoin, DateTime.UtcNow);
        await db.SaveChangesAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (Provider is not null) await Provider.DisposeAsync();
        if (OtherProvider is not null) await OtherProvider.DisposeAsync();
        await base.DisposeAsync();
    }
}
