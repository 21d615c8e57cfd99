using System.Globalization;
using IncLead.Web.Data;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace IncLead.Web.Features.SingleSignOn;

/// <summary>The handler's events for one organisation: the email as a login hint, the organisation checked, failures audited.</summary>
public static class ProviderEvents
{
    public static OpenIdConnectEvents For(int organisationId) => new()
    {
        OnRedirectToIdentityProvider = context =>
        {
            if (context.Properties.Items.TryGetValue(SingleSignOnNames.EmailItem, out var email)) context.ProtocolMessage.LoginHint = email;
            return Task.CompletedTask;
        },
        OnTokenValidated = context =>
        {
            // The state is already protected per organisation; this says the same thing a second way.
            if (!context.Properties!.Items.TryGetValue(SingleSignOnNames.OrganisationItem, out var started)
                || started != organisationId.ToString(CultureInfo.InvariantCulture))
                context.Fail("The sign-in was started for another organisation.");
            return Task.CompletedTask;
        },
        OnRemoteFailure = async context =>
        {
            context.HandleResponse();
            var services = context.HttpContext.RequestServices;
            var reason = context.Failure?.Message ?? "unknown";
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProviderEvents))
                .LogWarning(context.Failure, "Single sign-on failed for organisation {OrganisationId}", organisationId);
            services.GetRequiredService<AuditLog>().RecordFor(null, "Single sign-on", organisationId, AuditActions.SingleSignOnFailed,
                "Sign-in through the organisation's provider refused: " + (reason.Length > 300 ? reason[..300] : reason));
            await services.GetRequiredService<AppDbContext>().SaveChangesAsync();
            context.Response.Redirect("/account/sign-in/organisation-failed");
        },
    };
}
