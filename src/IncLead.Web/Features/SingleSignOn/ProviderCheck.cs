using IncLead.Web.Domain;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace IncLead.Web.Features.SingleSignOn;

/// <summary>Before a trust admin's settings are saved: does the provider answer its discovery document, and say it is that issuer?</summary>
public sealed class ProviderCheck(ProviderOptionsCache providers, ILogger<ProviderCheck> logger)
{
    /// <returns>Why the provider cannot be used, or null when it answered as it should.</returns>
    public async Task<string?> ProblemAsync(SingleSignOnConnection proposed, string? clientSecret, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            var options = providers.Build(proposed, clientSecret ?? "unchanged");
            configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException or IOException or ArgumentException)
        {
            logger.LogInformation(e, "Single sign-on settings refused: no discovery document from {Authority}", proposed.Authority);
            return "The provider did not answer with its OpenID Connect discovery document at " + proposed.Authority.TrimEnd('/') + "/.well-known/openid-configuration. Check the issuer address.";
        }
        if (!string.Equals(configuration.Issuer?.TrimEnd('/'), proposed.Authority.Trim().TrimEnd('/'), StringComparison.Ordinal))
            return $"The provider says its issuer is {configuration.Issuer}, not {proposed.Authority}. Enter the issuer exactly as the provider gives it.";
        if (!configuration.ResponseTypesSupported.Contains("code") || string.IsNullOrEmpty(configuration.TokenEndpoint))
            return "The provider does not offer the authorization code flow, which IncLead uses.";
        return null;
    }
}
