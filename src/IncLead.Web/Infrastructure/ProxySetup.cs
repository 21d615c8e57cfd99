using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IncLead.Web.Infrastructure;

/// <summary>
/// Production runs behind a TLS-terminating proxy. Its X-Forwarded-For, -Proto and -Host headers are believed only
/// from the addresses in <c>ForwardedHeaders:KnownProxies</c> (and networks in <c>ForwardedHeaders:KnownNetworks</c>),
/// so HSTS is sent, links use the public scheme and host, and rate limits count the real client; from anywhere else
/// they are ignored, so nobody can pretend to be another client or claim HTTPS.
/// </summary>
public static class ProxySetup
{
    public static WebApplicationBuilder AddProxySupport(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("ForwardedHeaders");
        var proxies = Values(section, "KnownProxies").Select(p => IPAddress.TryParse(p, out var a) ? a
            : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies has \"{p}\", which is not an IP address.")).ToList();
        var networks = Values(section, "KnownNetworks").Select(n => System.Net.IPNetwork.TryParse(n, out var a) ? a
            : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks has \"{n}\", which is not a network such as 10.0.0.0/8.")).ToList();
        var hosts = Values(section, "AllowedHosts");
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // The defaults trust loopback; only what is configured is trusted here.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(proxy);
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
            // A forwarded host must be the public one, so links cannot be pointed elsewhere.
            foreach (var host in hosts) o.AllowedHosts.Add(host);
        });
        builder.Services.AddSingleton<TransportCheck>();
        builder.Services.AddHealthChecks().AddCheck<TransportCheck>("transport");
        return builder;
    }

    // A list in configuration, or one value, or several separated by commas (handy in an environment variable).
    private static List<string> Values(IConfigurationSection section, string key) =>
        (section.GetSection(key).Get<string[]>() ?? [section[key] ?? ""])
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    /// <summary>First in the pipeline, so everything after it sees the real client, scheme and host.</summary>
    public static IApplicationBuilder UseProxySupport(this IApplicationBuilder app) => app.UseForwardedHeaders();

    /// <summary>
    /// With Secure cookies a request over plain HTTP can neither sign in nor post a form, and used to end in blank 500s.
    /// Such requests get a page that says what is wrong, the log says it too, and readiness reports unhealthy.
    /// </summary>
    public static IApplicationBuilder UseSecureTransportCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var check = context.RequestServices.GetRequiredService<TransportCheck>();
        var path = context.Request.Path;
        if (check.CookiesNeedHttps && !context.Request.IsHttps && !path.StartsWithSegments("/health") && !path.StartsWithSegments("/error"))
        {
            check.Record(context);
            context.Request.Path = "/error/https-required";
            context.Request.QueryString = QueryString.Empty;
        }
        await next();
    });
}

/// <summary>Remembers that a request arrived over plain HTTP although the cookies need HTTPS, for the log and for readiness.</summary>
public sealed class TransportCheck(IConfiguration configuration, ILogger<TransportCheck> logger, TimeProvider clock) : IHealthCheck
{
    private long _lastSeenTicks;

    public bool CookiesNeedHttps { get; } =
        configuration.GetValue("Security:CookieSecurePolicy", CookieSecurePolicy.Always) == CookieSecurePolicy.Always;

    public void Record(HttpContext context)
    {
        var now = clock.GetUtcNow();
        var previous = Interlocked.Exchange(ref _lastSeenTicks, now.UtcTicks);
        // Once a minute is enough for the log to say it plainly without drowning it.
        if (now.UtcTicks - previous > TimeSpan.TicksPerMinute)
        {
            logger.LogError("A request for {Path} arrived over plain HTTP, but cookies are Secure (Security:CookieSecurePolicy=Always), so nobody can sign in. " +
                "Serve the site over HTTPS: put it behind a TLS-terminating proxy that sends X-Forwarded-Proto and list the proxy in ForwardedHeaders:KnownProxies. " +
                "For a trial over plain HTTP only, set Security:CookieSecurePolicy=SameAsRequest.", context.Request.Path);
        }
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var last = Interlocked.Read(ref _lastSeenTicks);
        var recent = last != 0 && clock.GetUtcNow().UtcTicks - last < TimeSpan.TicksPerMinute * 5;
        return Task.FromResult(recent
            ? HealthCheckResult.Unhealthy("Requests are arriving over plain HTTP while cookies are Secure: nobody can sign in. Check the proxy sends X-Forwarded-Proto and is listed in ForwardedHeaders:KnownProxies.")
            : HealthCheckResult.Healthy());
    }
}
