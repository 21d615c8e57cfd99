namespace IncLead.Web.Features.SingleSignOn;

/// <summary>Service-wide settings (section <c>SingleSignOn</c>); each organisation's provider is configured on its own admin page.</summary>
public sealed class SingleSignOnSettings
{
    /// <summary>Allow <c>http://</c> providers: the development provider on loopback. Never in production.</summary>
    public bool AllowHttpProviders { get; set; }

    /// <summary>How long to wait for a provider's discovery document, keys or token endpoint before saying it is not answering.</summary>
    public TimeSpan ProviderTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>Names shared by the handler, the controllers and the session check.</summary>
public static class SingleSignOnNames
{
    public const string Scheme = "OrganisationOidc";
    public const string CallbackPrefix = "/signin-oidc/";

    /// <summary>In the protected state: which organisation's sign-in this is.</summary>
    public const string OrganisationItem = "inclead.sso.organisation";
    public const string EmailItem = "inclead.sso.email";
    public const string ReturnUrlItem = "inclead.sso.return";

    /// <summary>In the sign-in cookie: the organisation whose provider signed this session in.</summary>
    public const string OrganisationClaim = "inclead:sso_organisation";
}
