using IncLead.Web.Infrastructure.DataProtection;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace IncLead.Web.Features.SingleSignOn;

public static class SingleSignOnSetup
{
    /// <summary>Single sign-on through each organisation's OpenID Connect provider (decision 0014), and the key ring encrypted at rest (0015).</summary>
    public static WebApplicationBuilder AddSingleSignOn(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddKeyRingEncryption();
        services.Configure<SingleSignOnSettings>(builder.Configuration.GetSection("SingleSignOn"));
        services.AddSingleton<ClientSecretProtector>();
        services.AddSingleton<ClientCertificates>();
        services.AddSingleton<ProviderOptionsCache>();
        services.AddScoped<OrganisationProviderOptions>();
        services.AddScoped<MemberMatcher>();
        services.AddScoped<PasswordRule>();
        services.AddScoped<ProviderCheck>();
        services.AddAuthentication().AddScheme<OpenIdConnectOptions, OrganisationOpenIdConnectHandler>(SingleSignOnNames.Scheme, "Your organisation's account", null);

        // Keep the "signed in through organisation N" claim when the security stamp check rebuilds the principal,
        // then ask the provider whether the person is still allowed (leavers).
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            var previous = o.OnRefreshingPrincipal;
            o.OnRefreshingPrincipal = async context =>
            {
                if (previous is not null) await previous(context);
                if (context.CurrentPrincipal?.FindFirst(SingleSignOnNames.OrganisationClaim) is { } claim && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                    identity.AddClaim(new(claim.Type, claim.Value));
            };
        });
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var previous = o.Events.OnValidatePrincipal;
            o.Events.OnValidatePrincipal = async context =>
            {
                await previous(context);
                // ShouldRenew is set only when the stamp check has just run (once a minute per session).
                if (context.ShouldRenew && context.Principal is not null) await ProviderSessionCheck.ValidateAsync(context);
            };
        });
        return builder;
    }
}
