using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace IncLead.Web.Infrastructure.DataProtection;

/// <summary>The key-encryption keys from configuration: the current one, and earlier ones still needed to read older keys.</summary>
public static class ConfiguredKeys
{
    public static byte[] Parse(string base64, string setting)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{setting} must be base64 (for example from: openssl rand -base64 32).");
        }
        return key.Length == 32 ? key : throw new InvalidOperationException($"{setting} must be 32 bytes (256 bits) in base64; it is {key.Length} bytes.");
    }

    /// <summary>Names a key without revealing it, so a decryptor can pick the right one after rotation.</summary>
    public static string Id(byte[] key) => Convert.ToHexString(SHA256.HashData(key))[..16];
}

/// <summary>Encrypts each Data Protection key's XML with AES-256-GCM under the configured key-encryption key.</summary>
public sealed class ConfiguredKeyXmlEncryptor(byte[] key) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var ciphertext = new byte[plaintext.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(key, tag.Length)) aes.Encrypt(nonce, plaintext, ciphertext, tag);
        var element = new XElement("encryptedKey",
            new XComment(" AES-256-GCM under DataProtection:KeyEncryptionKey "),
            new XAttribute("keyId", ConfiguredKeys.Id(key)),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("tag", Convert.ToBase64String(tag)),
            new XElement("value", Convert.ToBase64String(ciphertext)));
        return new EncryptedXmlInfo(element, typeof(ConfiguredKeyXmlDecryptor));
    }
}

/// <summary>Reads keys written by <see cref="ConfiguredKeyXmlEncryptor"/> under the current or an earlier key-encryption key.</summary>
public sealed class ConfiguredKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var configuration = services.GetRequiredService<IConfiguration>().GetSection("DataProtection");
        var candidates = new[] { configuration["KeyEncryptionKey"] }
            .Concat(configuration.GetSection("PreviousKeyEncryptionKeys").Get<string[]>() ?? [])
            .Where(k => !string.IsNullOrWhiteSpace(k))
            .Select(k => ConfiguredKeys.Parse(k!, "DataProtection:KeyEncryptionKey"));
        var wanted = (string?)encryptedElement.Attribute("keyId");
        var key = candidates.FirstOrDefault(k => ConfiguredKeys.Id(k) == wanted)
            ?? throw new CryptographicException($"No configured key-encryption key has id {wanted}; add the previous key to DataProtection:PreviousKeyEncryptionKeys.");
        var nonce = Convert.FromBase64String((string)encryptedElement.Element("nonce")!);
        var tag = Convert.FromBase64String((string)encryptedElement.Element("tag")!);
        var ciphertext = Convert.FromBase64String((string)encryptedElement.Element("value")!);
        var plaintext = new byte[ciphertext.Length];
        using (var aes = new AesGcm(key, tag.Length)) aes.Decrypt(nonce, ciphertext, tag, plaintext);
        return XElement.Parse(System.Text.Encoding.UTF8.GetString(plaintext));
    }
}
