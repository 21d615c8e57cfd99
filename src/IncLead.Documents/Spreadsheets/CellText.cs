namespace IncLead.Documents.Spreadsheets;

/// <summary>Text as a spreadsheet cell can hold it, and the formula-injection rule shared by the .xlsx and CSV writers.</summary>
internal static class CellText
{
    /// <summary>Excel's limit on the characters in one cell.</summary>
    public const int MaxLength = 32_767;

    /// <summary>
    /// Whether Excel (or another spreadsheet) would read text as the start of a formula if it were typed in:
    /// = + - @, and the tab and carriage return that can smuggle one in (OWASP's list for CSV injection).
    /// </summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// Drops characters XML cannot carry (control characters other than tab and line breaks, lone surrogates) and
    /// cuts text to Excel's cell limit without splitting a surrogate pair.
    /// </summary>
    public static string Clean(string text)
    {
        var valid = true;
        for (var i = 0; i < text.Length && valid; i++)
            valid = IsValidAt(text, i);
        if (!valid)
        {
            var kept = new System.Text.StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                if (IsValidAt(text, i))
                    kept.Append(text[i]);
            }
            text = kept.ToString();
        }
        if (text.Length > MaxLength)
            text = text[..(char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];
        return text;
    }

    static bool IsValidAt(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c))
            return i > 0 && char.IsHighSurrogate(text[i - 1]);
        return c is '\t' or '\n' or '\r' || (c >= 0x20 && c is not ('\uFFFE' or '\uFFFF'));
    }
}
