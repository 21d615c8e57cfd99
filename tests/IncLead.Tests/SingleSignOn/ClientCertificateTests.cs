using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.SingleSignOn;

/// <summary>
/// Issue 14: IncLead proves itself to the provider with a certificate it made (private_key_jwt) instead of a client
/// secret. The trust admin downloads the public certificate, the provider is given only that, and a provider that holds
/// any other key refuses IncLead's token request, so nobody is signed in.
/// </summary>
public sealed class ClientCertificateTests(SingleSignOnApp app) : IClassFixture<SingleSignOnApp>
{
    private const string Password = "Provider-pass-2026";

    private Dictionary<string, string> Fields(string clientId) => new()
    {
        ["IsEnabled"] = "true", ["Authority"] = app.Provider.Authority, ["ClientId"] = clientId, ["Credential"] = "certificate", ["ClientSecret"] = "",
        ["EmailDomains"] = "riverside.example", ["EmailClaim"] = "email", ["RequiredForDomainAccounts"] = "false",
    };

    private async Task<Browser> ChooseCertificateAsync(string clientId)
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var saved = await admin.SubmitAsync("/admin/single-sign-on", "/admin/single-sign-on", Fields(clientId));
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, ProviderFlow.Excerpt(await saved.BodyAsync()));
        return admin;
    }

    [Fact]
    public async Task The_trust_admin_downloads_only_the_public_certificate_and_members_sign_in_with_assertions_it_signs()
    {
        var admin = await ChooseCertificateAsync("riverside-certificate");
        var page = await admin.GetPageAsync("/admin/single-sign-on");
        var download = await admin.Client.GetAsync(new Uri("/admin/single-sign-on/certificate", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var pem = await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----", pem, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", pem, StringComparison.Ordinal);
        using var certificate = X509Certificate2.CreateFromPem(pem);
        Assert.False(certificate.HasPrivateKey);
        Assert.Contains(certificate.Thumbprint, page);
        Assert.Contains("proves itself with a certificate (a new certificate was made)",
            string.Join(" ", await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(e => e.Action == AuditActions.SingleSignOnConfigured).Select(e => e.Summary).ToListAsync())));

        // The provider's app registration holds that public certificate and no secret.
        await app.Provider.AddCertificateClientAsync("riverside-certificate", certificate, SingleSignOnApp.CallbackFor(app.RiversideId));
        app.Provider.Users.Add("chair@riverside.example", Password, "Margaret O");
        var flow = new ProviderFlow(app);
        var (_, response) = await flow.SignInAsync("chair@riverside.example", Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters()
            .Where(e => e.Action == AuditActions.SingleSignOnFailed).Select(e => e.Summary).ToListAsync())));
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.True(await flow.IsSignedInAsync());

        // Saving again keeps the same certificate, so the app registration need not change.
        await ChooseCertificateAsync("riverside-certificate");
        Assert.Contains(certificate.Thumbprint, await admin.GetPageAsync("/admin/single-sign-on"));

        // Someone who is not a trust admin cannot take the certificate.
        var member = await Browser.SignedInAsync(app, "medical.director@riverside.example");
        var refused = await member.Client.GetAsync(new Uri("/admin/single-sign-on/certificate", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain("BEGIN CERTIFICATE", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_that_holds_another_key_refuses_the_token_request_and_nobody_is_signed_in()
    {
        // As if the app registration still held an old certificate, or an attacker's: its key is not IncLead's.
        using var key = RSA.Create(2048);
        using var other = new CertificateRequest("CN=Not IncLead", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(1));
        await app.Provider.AddCertificateClientAsync("riverside-other-key", other, SingleSignOnApp.CallbackFor(app.RiversideId));
        await ChooseCertificateAsync("riverside-other-key");
        app.Provider.Users.Add("nursing.director@riverside.example", Password, "Grace M");
        var before = await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(e => e.Action == AuditActions.SingleSignOnFailed));

        var flow = new ProviderFlow(app);
        var (_, response) = await flow.SignInAsync("nursing.director@riverside.example", Password);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("We could not sign you in through your organisation", await response.BodyAsync());
        Assert.False(await flow.IsSignedInAsync());
        var failures = await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().Where(e => e.Action == AuditActions.SingleSignOnFailed).OrderBy(e => e.Id).Select(e => e.Summary).ToListAsync());
        Assert.Equal(before + 1, failures.Count);
        // Refused for its signature, not for its form: the same assertion verifies against IncLead's own certificate (above).
        Assert.Contains("invalid_client", failures[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("expected type", failures[^1], StringComparison.Ordinal);
    }
}
