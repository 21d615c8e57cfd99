using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Infrastructure.DataProtection;

/// <summary>
/// The Data Protection key ring is stored in the database (so every instance shares it); these settings encrypt each
/// key before it is written there (decision 0015), with a certificate or a 256-bit key from configuration:
/// <c>DataProtection:KeyEncryptionCertificatePath</c> (+ <c>…Password</c>) or <c>DataProtection:KeyEncryptionKey</c>
/// (base64), with <c>DataProtection:PreviousKeyEncryptionKeys</c> kept while rotating. Outside Development one of
/// them is required: the app will not start with a key ring stored in plain form.
/// </summary>
public static class KeyRingEncryption
{
    public static WebApplicationBuilder AddKeyRingEncryption(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("DataProtection");
        var certificatePath = section["KeyEncryptionCertificatePath"];
        var key = section["KeyEncryptionKey"];
        var dataProtection = builder.Services.AddDataProtection();
        if (!string.IsNullOrWhiteSpace(certificatePath))
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(certificatePath, section["KeyEncryptionCertificatePassword"]);
            dataProtection.ProtectKeysWithCertificate(certificate);
            // Keys written under an earlier certificate stay readable while it is listed here.
            var previous = section.GetSection("PreviousKeyEncryptionCertificatePaths").Get<string[]>() ?? [];
            if (previous.Length > 0)
                dataProtection.UnprotectKeysWithAnyCertificate([.. previous.Select(p => X509CertificateLoader.LoadPkcs12FromFile(p, section["PreviousKeyEncryptionCertificatePassword"]))]);
        }
        else if (!string.IsNullOrWhiteSpace(key))
        {
            var encryptor = new ConfiguredKeyXmlEncryptor(ConfiguredKeys.Parse(key, "DataProtection:KeyEncryptionKey"));
            builder.Services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = encryptor);
        }
        else if (!builder.Environment.IsDevelopment())
        {
            throw new OptionsValidationException("DataProtection", typeof(KeyManagementOptions),
                ["Set DataProtection:KeyEncryptionKey (32 random bytes, base64) or DataProtection:KeyEncryptionCertificatePath: the key ring that protects sign-in cookies and single sign-on secrets must not be stored in plain form. See docs/operations.md."]);
        }
        return builder;
    }
}
