using System.Text.Json;

namespace IncLead.Web.Frameworks;

/// <summary>
/// A JSON element that knows where it is in its file, so every validation message can name the exact path
/// (<c>$.stages[2].factors[0].statements[3].text</c>) instead of "the file is wrong".
/// </summary>
internal readonly record struct JsonNode(string File, string Path, JsonElement Element)
{
    public FrameworkFileException Error(string problem, string? path = null) => new(File, path ?? Path, problem);

    public string String(string name, int maxLength, bool required = true)
    {
        var path = $"{Path}.{name}";
        if (!Element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return required ? throw Error($"the field '{name}' is missing", path) : "";
        if (value.ValueKind != JsonValueKind.String) throw Error($"'{name}' must be a string, not {Kind(value)}", path);
        var text = value.GetString()!.Trim();
        if (required && text.Length == 0) throw Error($"'{name}' must not be empty", path);
        if (text.Length > maxLength) throw Error($"'{name}' is {text.Length} characters long; the limit is {maxLength}", path);
        return text;
    }

    public int Int(string name, int min, int max, int? fallback = null)
    {
        var path = $"{Path}.{name}";
        if (!Element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return fallback ?? throw Error($"the field '{name}' is missing", path);
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number)) throw Error($"'{name}' must be a whole number", path);
        if (number < min || number > max) throw Error($"'{name}' is {number}; it must be from {min} to {max}", path);
        return number;
    }

    public bool Bool(string name, bool fallback = false)
    {
        if (!Element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return fallback;
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error($"'{name}' must be true or false", $"{Path}.{name}"),
        };
    }

    public JsonNode Object(string name)
    {
        var path = $"{Path}.{name}";
        if (!Element.TryGetProperty(name, out var value)) throw Error($"the field '{name}' is missing", path);
        if (value.ValueKind != JsonValueKind.Object) throw Error($"'{name}' must be an object", path);
        return new JsonNode(File, path, value);
    }

    public IReadOnlyList<JsonNode> Array(string name, bool required = true)
    {
        var path = $"{Path}.{name}";
        if (!Element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return required ? throw Error($"the field '{name}' is missing", path) : [];
        if (value.ValueKind != JsonValueKind.Array) throw Error($"'{name}' must be a list", path);
        var file = File;
        var items = value.EnumerateArray().Select((e, i) => new JsonNode(file, $"{path}[{i}]", e)).ToList();
        if (required && items.Count == 0) throw Error($"'{name}' must not be empty", path);
        return items;
    }

    public IReadOnlyList<string> Strings(string name, int maxLength) =>
        Array(name, required: false).Select(n => n.Element.ValueKind == JsonValueKind.String && n.Element.GetString() is { Length: > 0 } s && s.Length <= maxLength
            ? s
            : throw n.Error($"each entry of '{name}' must be a non-empty string of at most {maxLength} characters")).ToList();

    private static string Kind(JsonElement e) => e.ValueKind.ToString().ToLowerInvariant();
}
