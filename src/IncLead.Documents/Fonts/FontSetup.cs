using PdfSharp.Fonts;

namespace IncLead.Documents.Fonts;

/// <summary>Installs <see cref="EmbeddedFontResolver"/> as PDFsharp's process-wide resolver, once.</summary>
internal static class FontSetup
{
    static readonly Lock _gate = new();
    static bool _done;

    public static GlyphCoverage PrimaryCoverage { get; } = GlyphCoverage.Read(FontFiles.Read(FontFiles.PrimaryRegular) ?? []);
    public static GlyphCoverage FallbackCoverage { get; } = GlyphCoverage.Read(FontFiles.Read(FontFiles.FallbackRegular) ?? []);

    public static void EnsureInstalled()
    {
        lock (_gate)
        {
            if (_done)
                return;
            var existing = GlobalFontSettings.FontResolver;
            if (existing is not null and not EmbeddedFontResolver)
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has a font resolver ({existing.GetType().Name}); IncLead.Documents needs its own embedded fonts.");
            }
            if (existing is null)
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            _done = true;
        }
    }
}
