using Microsoft.AspNetCore.DataProtection;

namespace IncLead.Web.Features.SingleSignOn;

/// <summary>Client secrets at rest: protected with the Data Protection key ring (itself encrypted, see KeyRingEncryption).</summary>
public sealed class ClientSecretProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("IncLead.SingleSignOn.ClientSecret.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
