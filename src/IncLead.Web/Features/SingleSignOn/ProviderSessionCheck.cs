using System.Globalization;
using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.SingleSignOn;

/// <summary>
/// Leavers: when the security stamp is revalidated (every minute, decision 0005), a session that came through an
/// organisation's provider also asks that provider to renew its refresh token. A provider that refuses (the account
/// disabled or removed in the directory) ends the session and the audit log says so. A provider that cannot be
/// reached leaves the session as it is (decision 0014): an outage at the provider should not sign a whole board out.
/// </summary>
public static class ProviderSessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.FindFirst(SingleSignOnNames.OrganisationClaim)?.Value is not { } ssoOrganisation) return;
        var services = context.HttpContext.RequestServices;
        if (!int.TryParse(ssoOrganisation, NumberStyles.None, CultureInfo.InvariantCulture, out var organisationId)) return;

        // A provider signs people into its own organisation only, whatever the person's other memberships.
        if (context.Principal.FindFirst(AppClaims.OrganisationId)?.Value != ssoOrganisation)
        {
            await EndAsync(context, organisationId, "Session ended: it came through another organisation's provider");
            return;
        }

        var db = services.GetRequiredService<AppDbContext>();
        var connection = await db.SingleSignOnConnections.AsNoTracking().Include(c => c.Domains)
            .FirstOrDefaultAsync(c => c.OrganisationId == organisationId && c.IsEnabled);
        var refreshToken = context.Properties.GetTokenValue("refresh_token");
        if (connection is null || refreshToken is null) return;

        var options = services.GetRequiredService<ProviderOptionsCache>().For(connection);
        try
        {
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted);
            using var request = new HttpRequestMessage(HttpMethod.Post, configuration.TokenEndpoint)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken, ["client_id"] = options.ClientId!,
                }.Concat(services.GetRequiredService<ClientCertificates>().TokenRequestCredentials(connection, options.ClientSecret, configuration))),
            };
            using var response = await options.Backchannel.SendAsync(request, context.HttpContext.RequestAborted);
            var body = await response.Content.ReadAsStringAsync(context.HttpContext.RequestAborted);
            if (response.IsSuccessStatusCode)
            {
                using var json = System.Text.Json.JsonDocument.Parse(body);
                if (json.RootElement.TryGetProperty("refresh_token", out var renewed) && renewed.GetString() is { } value)
                {
                    context.Properties.UpdateTokenValue("refresh_token", value);
                    context.ShouldRenew = true;
                }
                return;
            }
            if (body.Contains("invalid_grant", StringComparison.Ordinal))
                await EndAsync(context, organisationId, "Session ended: the organisation's provider refused to renew it (account disabled or removed)");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or IOException or System.Text.Json.JsonException)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProviderSessionCheck))
                .LogWarning(e, "Could not renew a single sign-on session with organisation {OrganisationId}'s provider; kept", organisationId);
        }
    }

    private static async Task EndAsync(CookieValidatePrincipalContext context, int organisationId, string summary)
    {
        var services = context.HttpContext.RequestServices;
        var userId = context.Principal!.FindFirstValue(ClaimTypes.NameIdentifier);
        var user = userId is null ? null : await services.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId);
        services.GetRequiredService<AuditLog>().RecordFor(user, "Single sign-on", organisationId, AuditActions.SingleSignOnSessionEnded, summary);
        await services.GetRequiredService<AppDbContext>().SaveChangesAsync();
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
