using System.Security.Cryptography;

namespace IncLead.Tests.Support;

/// <summary>What an authenticator app does (RFC 6238): the 6-digit code for a base32 key at a moment in time.</summary>
public static partial class Totp
{
    /// <summary>The key the two-factor set-up page shows for typing into an app by hand.</summary>
    public static string KeyIn(string setupPage) =>
        System.Text.RegularExpressions.Regex.Match(setupPage, "<code id=\"shared-key\">([a-z2-7 ]+)</code>").Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);

    public static string Code(string base32Key, DateTimeOffset at)
    {
        var step = at.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        var hash = HMACSHA1.HashData(Base32(base32Key), counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(text.ToUpperInvariant().Where(c => c != '=' && c != ' ')
            .Select(c => Convert.ToString(alphabet.IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }
}
