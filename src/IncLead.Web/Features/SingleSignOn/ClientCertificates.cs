using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IncLead.Web.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace IncLead.Web.Features.SingleSignOn;

/// <summary>
/// The certificate an organisation's IncLead connection proves itself with (OpenID Connect private_key_jwt). IncLead
/// makes the key pair itself, so the private key is never sent anywhere or typed into a form: the trust admin downloads
/// the public certificate and uploads it to the app registration, as Microsoft Entra ID asks for.
/// </summary>
public sealed class ClientCertificates(IDataProtectionProvider provider, TimeProvider clock)
{
    public const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(730);
    private readonly IDataProtector _protector = provider.CreateProtector("IncLead.SingleSignOn.ClientCertificate.v1");

    /// <summary>A new RSA 2048 key and self-signed certificate valid for two years, protected for storage.</summary>
    public string CreateProtected()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=IncLead single sign-on", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        var now = clock.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.Add(Lifetime));
        return _protector.Protect(Convert.ToBase64String(certificate.Export(X509ContentType.Pkcs12)));
    }

    public X509Certificate2 Load(string protectedCertificate) =>
        X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(_protector.Unprotect(protectedCertificate)), null, X509KeyStorageFlags.EphemeralKeySet);

    /// <summary>
    /// A client assertion for one token request: short-lived and single-use (jti). Its audience and type follow the
    /// current standard (draft-ietf-oauth-rfc7523bis: the issuer, typed client-authentication+jwt), which OpenIddict 7
    /// and other up-to-date providers require; Microsoft Entra ID documents the older form (its token endpoint, typed
    /// JWT), so an Entra issuer gets that. docs/decisions/0028 records why.
    /// </summary>
    public string Assertion(string clientId, string protectedCertificate, string issuer, string tokenEndpoint)
    {
        using var certificate = Load(protectedCertificate);
        var now = clock.GetUtcNow().UtcDateTime;
        var entra = Uri.TryCreate(issuer, UriKind.Absolute, out var uri) && uri.Host.Equals("login.microsoftonline.com", StringComparison.OrdinalIgnoreCase);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = entra ? tokenEndpoint : issuer,
            TokenType = entra ? "JWT" : "client-authentication+jwt",
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, clientId), new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N"))]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new X509SigningCredentials(certificate, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>The form fields that prove the client in a token request: the assertion, or the secret.</summary>
    public IEnumerable<KeyValuePair<string, string>> TokenRequestCredentials(SingleSignOnConnection connection, string? clientSecret, OpenIdConnectConfiguration provider) =>
        connection.UsesCertificate
            ? [new("client_assertion_type", AssertionType), new("client_assertion", Assertion(connection.ClientId, connection.ProtectedClientCertificate, provider.Issuer, provider.TokenEndpoint))]
            : [new("client_secret", clientSecret ?? "")];
}
