using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using IncLead.Documents.Text;

namespace IncLead.Documents.Word;

/// <summary>
/// Text as Word carries it. Unlike the PDF (whose fonts decide what can be drawn) every character XML allows is kept,
/// emoji and combining marks included, and Word picks a font for it; right-to-left runs are marked so Word applies its
/// own bidirectional algorithm and its complex-script font.
/// </summary>
internal static class WordText
{
    /// <summary>Drops what XML cannot carry (control characters, lone surrogates), as the workbook does.</summary>
    public static string Clean(string text) => Spreadsheets.CellText.Clean(text);

    public static bool RightToLeft(string text) => Bidi.FirstStrongIsRightToLeft(text) == true;

    /// <summary>Runs for one styled span: line feeds become breaks and tabs tabs, as in the PDF.</summary>
    public static IEnumerable<Run> Runs(string text, bool bold = false, bool italic = false, string? colour = null, int? halfPoints = null)
    {
        var clean = Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var run = new Run();
        var properties = new RunProperties();
        if (bold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }
        if (italic)
        {
            properties.Italic = new Italic();
            properties.ItalicComplexScript = new ItalicComplexScript();
        }
        if (colour is not null)
            properties.Color = new Color { Val = colour };
        if (halfPoints is { } size)
        {
            properties.FontSize = new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            properties.FontSizeComplexScript = new FontSizeComplexScript { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
        // A run of only right-to-left letters is marked so; mixed runs are left to Word's bidirectional algorithm,
        // which would otherwise lay their Latin words out as if they were part of the right-to-left text.
        if (Bidi.HasRightToLeft(clean) && !clean.Any(char.IsAsciiLetter))
            properties.RightToLeftText = new RightToLeftText();
        if (properties.HasChildren)
            run.RunProperties = properties;
        var start = 0;
        for (var i = 0; i <= clean.Length; i++)
        {
            if (i < clean.Length && clean[i] is not ('\n' or '\t'))
                continue;
            if (i > start)
                run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(clean[start..i]) { Space = SpaceProcessingModeValues.Preserve });
            if (i < clean.Length)
                run.Append(clean[i] == '\n' ? new Break() : new TabChar());
            start = i + 1;
        }
        yield return run;
    }

    public static string Hex(Colours.Rgb colour) => colour.ToHex()[1..].ToUpperInvariant();
}
