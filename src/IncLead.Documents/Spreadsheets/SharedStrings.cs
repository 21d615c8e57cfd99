using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using XlsxText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace IncLead.Documents.Spreadsheets;

/// <summary>The workbook's shared string table: each distinct text once, in order of first use.</summary>
internal sealed class SharedStrings
{
    readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    readonly List<string> _strings = [];
    int _uses;

    public int Add(string text)
    {
        _uses++;
        if (!_index.TryGetValue(text, out var index))
        {
            index = _strings.Count;
            _index[text] = index;
            _strings.Add(text);
        }
        return index;
    }

    public SharedStringTable Build() =>
        new(_strings.Select(s => new SharedStringItem(new XlsxText(s) { Space = NeedsPreserve(s) ? SpaceProcessingModeValues.Preserve : null })))
        {
            Count = (uint)_uses,
            UniqueCount = (uint)_strings.Count,
        };

    static bool NeedsPreserve(string s) => s.Length > 0 && (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]) || s.Contains('\n', StringComparison.Ordinal));
}
