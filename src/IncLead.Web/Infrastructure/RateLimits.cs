using System.Threading.RateLimiting;

namespace IncLead.Web.Infrastructure;

/// <summary>Slows password guessing and invitation-token guessing: a fixed number of attempts per client address per minute.</summary>
public static class RateLimits
{
    public const string Authentication = "authentication";

    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        var permitPerMinute = builder.Configuration.GetValue("RateLimits:AuthenticationPerMinute", 20);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Authentication, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await ctx.HttpContext.Response.WriteAsync("Too many attempts. Wait a minute and try again.", ct);
            };
        });
        return builder;
    }
}
