using PdfSharp.Fonts;

namespace IncLead.Documents.Fonts;

/// <summary>
/// Serves the embedded fonts to PDFsharp under two private family names, so no host font is ever used.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string Primary = "IncLead Sans";
    public const string Fallback = "IncLead Fallback";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (familyName.Equals(Primary, StringComparison.OrdinalIgnoreCase))
        {
            var face = (bold, italic) switch
            {
                (true, true) => FontFiles.PrimaryBoldItalic,
                (true, false) => FontFiles.PrimaryBold,
                (false, true) => FontFiles.PrimaryItalic,
                _ => FontFiles.PrimaryRegular,
            };
            return new FontResolverInfo(face);
        }
        if (familyName.Equals(Fallback, StringComparison.OrdinalIgnoreCase))
        {
            // Only upright DejaVu faces are shipped; PDFsharp slants them for italic.
            return new FontResolverInfo(bold ? FontFiles.FallbackBold : FontFiles.FallbackRegular, false, italic);
        }
        return null;
    }

    public byte[]? GetFont(string faceName) => FontFiles.Read(faceName);
}
