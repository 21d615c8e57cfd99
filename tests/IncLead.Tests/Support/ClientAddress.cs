using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace IncLead.Tests.Support;

/// <summary>
/// The test server has no network, so no client address. A request may name the address it comes "from" in this
/// header; the filter sets it as the connection's address before anything in the app runs, as the network would.
/// </summary>
public sealed class ClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Connection-From";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var from) && IPAddress.TryParse(from.ToString(), out var address))
                context.Connection.RemoteIpAddress = address;
            await nextMiddleware();
        });
        next(app);
    };

    /// <summary>A browser whose every request comes from <paramref name="address"/>.</summary>
    public static Browser BrowserFrom(AppFactory app, string address, CookieContainer? cookies = null)
    {
        var browser = Browser.For(app, cookies);
        browser.Client.DefaultRequestHeaders.Add(Header, address);
        return browser;
    }
}
