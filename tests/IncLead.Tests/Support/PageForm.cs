using System.Net;
using System.Text.RegularExpressions;

namespace IncLead.Tests.Support;

/// <summary>
/// Reads a form out of a page as a browser would post it: hidden and text inputs with their values, checked radios and
/// boxes (the first radio of a group when none is), textareas, and each select's chosen or first real option.
/// Enough HTML reading for the forms this app writes; not a general parser.
/// </summary>
public static partial class PageForm
{
    public static (List<KeyValuePair<string, string>> Fields, string? FirstTextField) Read(string page, string action)
    {
        var form = FormPattern().Matches(page).Where(m => Decode(m.Groups["attrs"].Value).Contains($"action=\"{action}\"", StringComparison.Ordinal))
                       .Select(m => m.Groups["body"].Value).FirstOrDefault()
                   ?? throw new InvalidOperationException($"No form posting to {action} in the page");
        var fields = new List<KeyValuePair<string, string>>();
        string? firstText = null;
        var radios = new Dictionary<string, string>();
        foreach (Match tag in InputPattern().Matches(form))
        {
            var a = tag.Value;
            var name = Attr(a, "name");
            if (name is null) continue;
            var type = Attr(a, "type") ?? "text";
            var value = Attr(a, "value") ?? "";
            var isChecked = Regex.IsMatch(a, @"\schecked(\s|>|=)");
            switch (type)
            {
                case "radio":
                    if (isChecked || !radios.ContainsKey(name)) radios[name] = value;
                    break;
                case "checkbox":
                    if (isChecked) fields.Add(new(name, value));
                    break;
                case "file" or "submit" or "button":
                    break;
                default:
                    if (type is "text" or "email" or "search" && firstText is null && !IsDatePart(name)) firstText = name;
                    fields.Add(new(name, value));
                    break;
            }
        }
        fields.AddRange(radios.Select(r => new KeyValuePair<string, string>(r.Key, r.Value)));
        foreach (Match t in TextareaPattern().Matches(form))
        {
            var name = Attr(t.Groups["attrs"].Value, "name")!;
            firstText ??= name;
            fields.Add(new(name, Decode(t.Groups["body"].Value)));
        }
        foreach (Match s in SelectPattern().Matches(form))
        {
            var name = Attr(s.Groups["attrs"].Value, "name");
            if (name is null) continue;
            var options = OptionPattern().Matches(s.Groups["body"].Value).ToList();
            var chosen = options.FirstOrDefault(o => o.Value.Contains(" selected", StringComparison.Ordinal)) ?? options.FirstOrDefault(o => (Attr(o.Value, "value") ?? "").Length > 0);
            if (chosen is not null) fields.Add(new(name, Attr(chosen.Value, "value") ?? ""));
        }
        return (fields, firstText);
    }

    private static bool IsDatePart(string name) => name.EndsWith(".Day", StringComparison.Ordinal) || name.EndsWith(".Month", StringComparison.Ordinal) || name.EndsWith(".Year", StringComparison.Ordinal);

    private static string? Attr(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? Decode(m.Groups[1].Value) : null;

    private static string Decode(string html) => WebUtility.HtmlDecode(html);

    [GeneratedRegex("<form(?<attrs>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex InputPattern();

    [GeneratedRegex("<textarea(?<attrs>[^>]*)>(?<body>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextareaPattern();

    [GeneratedRegex("<select(?<attrs>[^>]*)>(?<body>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex OptionPattern();
}
