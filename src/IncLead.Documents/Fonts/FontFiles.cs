using System.Collections.Concurrent;

namespace IncLead.Documents.Fonts;

/// <summary>The TrueType files embedded in this assembly, read once and shared.</summary>
internal static class FontFiles
{
    public const string PrimaryRegular = "LiberationSans-Regular";
    public const string PrimaryBold = "LiberationSans-Bold";
    public const string PrimaryItalic = "LiberationSans-Italic";
    public const string PrimaryBoldItalic = "LiberationSans-BoldItalic";
    public const string FallbackRegular = "DejaVuSans";
    public const string FallbackBold = "DejaVuSans-Bold";

    static readonly ConcurrentDictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);

    public static byte[]? Read(string faceName) => _bytes.GetOrAdd(faceName, Load) is { Length: > 0 } bytes ? bytes : null;

    static byte[] Load(string faceName)
    {
        using var stream = typeof(FontFiles).Assembly.GetManifestResourceStream($"IncLead.Documents.Fonts.{faceName}.ttf");
        if (stream is null)
            return [];
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
