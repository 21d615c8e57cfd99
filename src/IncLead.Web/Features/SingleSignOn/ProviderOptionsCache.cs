using System.Collections.Concurrent;
using IncLead.Web.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace IncLead.Web.Features.SingleSignOn;

/// <summary>
/// The platform OpenID Connect handler's options for each organisation, built from its saved connection and kept
/// while the connection's version is unchanged, so the provider's discovery document and keys are cached (and
/// refreshed by the handler's configuration manager) rather than fetched on every sign-in.
/// </summary>
public sealed class ProviderOptionsCache(IDataProtectionProvider dataProtection, ClientSecretProtector secrets, ClientCertificates certificates, IOptions<SingleSignOnSettings> settings)
{
    private readonly ConcurrentDictionary<int, (Guid Version, OpenIdConnectOptions Options)> _byOrganisation = new();

    /// <summary>Options that never match a request: every request asks the handler whether it owns its path.</summary>
    public static readonly OpenIdConnectOptions Inert = new()
    {
        CallbackPath = PathString.Empty,
        SignedOutCallbackPath = PathString.Empty,
        RemoteSignOutPath = PathString.Empty,
    };

    public OpenIdConnectOptions For(SingleSignOnConnection connection)
    {
        if (_byOrganisation.TryGetValue(connection.OrganisationId, out var cached) && cached.Version == connection.Version) return cached.Options;
        var options = Build(connection);
        _byOrganisation[connection.OrganisationId] = (connection.Version, options);
        return options;
    }

    /// <summary>Fresh options, not cached: used to check a trust admin's settings before they are saved.</summary>
    public OpenIdConnectOptions Build(SingleSignOnConnection connection, string? clientSecret = null)
    {
        var organisationId = connection.OrganisationId;
        var o = new OpenIdConnectOptions
        {
            Authority = connection.Authority,
            ClientId = connection.ClientId,
            ClientSecret = connection.UsesCertificate ? null : clientSecret ?? (connection.ProtectedClientSecret.Length > 0 ? secrets.Unprotect(connection.ProtectedClientSecret) : null),
            CallbackPath = SingleSignOnNames.CallbackPrefix + organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SignedOutCallbackPath = PathString.Empty,
            RemoteSignOutPath = PathString.Empty,
            SignInScheme = IdentityConstants.ExternalScheme,
            ResponseType = OpenIdConnectResponseType.Code,
            // Query, not form_post: the correlation and nonce cookies can then be SameSite=Lax.
            ResponseMode = OpenIdConnectResponseMode.Query,
            UsePkce = true,
            SaveTokens = true,
            MapInboundClaims = false,
            GetClaimsFromUserInfoEndpoint = false,
            RequireHttpsMetadata = !settings.Value.AllowHttpProviders,
            BackchannelTimeout = settings.Value.ProviderTimeout,
            DisableTelemetry = true,
            Events = ProviderEvents.For(organisationId),
        };
        if (connection.UsesCertificate)
        {
            var (clientId, certificate) = (connection.ClientId, connection.ProtectedClientCertificate);
            o.Events.OnAuthorizationCodeReceived = async context =>
            {
                var configuration = await context.Options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted);
                context.TokenEndpointRequest!.ClientSecret = null;
                context.TokenEndpointRequest.ClientAssertionType = ClientCertificates.AssertionType;
                context.TokenEndpointRequest.ClientAssertion = certificates.Assertion(clientId, certificate, configuration.Issuer, configuration.TokenEndpoint);
            };
        }
        o.Scope.Add("email");
        o.Scope.Add("offline_access");
        o.TokenValidationParameters.NameClaimType = "name";
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.NonceCookie.SameSite = SameSiteMode.Lax;
        o.CorrelationCookie.SecurePolicy = settings.Value.AllowHttpProviders ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        o.NonceCookie.SecurePolicy = o.CorrelationCookie.SecurePolicy;

        new OpenIdConnectPostConfigureOptions(dataProtection).PostConfigure(SingleSignOnNames.Scheme, o);
        // State protected per organisation: a state made for one organisation's sign-in cannot be read at another's callback.
        o.StateDataFormat = new PropertiesDataFormat(dataProtection.CreateProtector(
            typeof(OpenIdConnectHandler).FullName!, SingleSignOnNames.Scheme, "organisation-" + organisationId, "v1"));
        o.Validate(SingleSignOnNames.Scheme);
        return o;
    }
}
