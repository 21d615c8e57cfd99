using System.Text.RegularExpressions;
using MimeKit;

namespace IncLead.Tests.Support;

/// <summary>Reads the .eml files the pickup-directory transport wrote, as a person's mail program would.</summary>
public static partial class Mail
{
    public static IReadOnlyList<MimeMessage> In(string folder) => Directory.Exists(folder)
        ? Directory.GetFiles(folder, "*.eml").OrderBy(f => f, StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList()
        : [];

    public static MimeMessage To(string folder, string address) =>
        In(folder).Last(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The path and query of the first link in the message that points into the app.</summary>
    public static string LinkIn(MimeMessage message) =>
        LinkPattern().Match(message.TextBody ?? "") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No link in: " + message.TextBody);

    [GeneratedRegex(@"http://localhost(/\S+)")]
    private static partial Regex LinkPattern();
}
