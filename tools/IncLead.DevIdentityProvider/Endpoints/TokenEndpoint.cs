using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace IncLead.DevIdentityProvider.Endpoints;

/// <summary>
/// The token endpoint: OpenIddict has checked the client secret, the code (once only) or refresh token and the PKCE
/// verifier; this refuses a person disabled since, as a directory does for a leaver, so their refresh fails.
/// </summary>
public static class TokenEndpoint
{
    public static void MapTokenEndpoint(this WebApplication app) => app.MapPost("/connect/token", ExchangeAsync);

    private static async Task<IResult> ExchangeAsync(HttpContext http, DevUsers users)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
            return Refuse(Errors.UnsupportedGrantType, "Only authorization codes and refresh tokens are accepted.");

        var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        var user = users.FindBySubject(result.Principal?.GetClaim(Claims.Subject));
        if (result.Principal is null || user is null || user.Disabled) return Refuse(Errors.InvalidGrant, "The account is disabled or no longer exists.");

        var identity = new ClaimsIdentity(result.Principal.Claims, result.Principal.Identity?.AuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.EmailVerified, (bool?)user.EmailVerified);
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
