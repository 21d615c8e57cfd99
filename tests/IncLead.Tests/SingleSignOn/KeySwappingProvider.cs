using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.Tests.SingleSignOn;

/// <summary>
/// Serves one provider's discovery document with another provider's published keys (jwks_uri) in it; every other
/// endpoint stays the first provider's. Used to present tokens signed by keys the issuer does not publish.
/// </summary>
public sealed class KeySwappingProvider : IAsyncDisposable
{
    private readonly WebApplication _app;

    private KeySwappingProvider(WebApplication app, string authority) => (_app, Authority) = (app, authority);

    public string Authority { get; }

    public static async Task<KeySwappingProvider> StartAsync(string documentFrom, string keysFrom)
    {
        var builder = WebApplication.CreateSlimBuilder(["--hostBuilder:reloadConfigOnChange=false"]);
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        using var http = new HttpClient();
        var document = JsonNode.Parse(await http.GetStringAsync(new Uri(documentFrom + ".well-known/openid-configuration")))!;
        var keys = JsonNode.Parse(await http.GetStringAsync(new Uri(keysFrom + ".well-known/openid-configuration")))!["jwks_uri"]!.GetValue<string>();
        document["jwks_uri"] = keys;
        var body = document.ToJsonString();
        app.MapGet("/.well-known/openid-configuration", () => Results.Content(body, "application/json"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new KeySwappingProvider(app, address.TrimEnd('/') + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
