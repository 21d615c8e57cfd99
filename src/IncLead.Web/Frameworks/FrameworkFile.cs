using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using IncLead.Web.Domain.Frameworks;

namespace IncLead.Web.Frameworks;

/// <summary>
/// Reads one framework file (format: docs/framework-format.md) into an entity graph ready to insert, checking
/// everything the format promises. It never half-succeeds: the first problem stops it with the file, path and reason.
/// </summary>
public static partial class FrameworkFile
{
    public static Framework Parse(string fileName, byte[] content, DateTime now)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new FrameworkFileException(fileName, ex.Path ?? "$", $"it is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1})");
        }

        using (document)
        {
            var root = new JsonNode(fileName, "$", document.RootElement);
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw root.Error("the file must hold one JSON object");
            var kindText = root.String("kind", 32);
            if (!Enum.TryParse<FrameworkKind>(kindText, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
                throw root.Error($"'kind' is '{kindText}'; it must be IncLead, Eds2022 or Eds2", "$.kind");

            var framework = new Framework(
                root.String("code", Framework.CodeMaxLength), root.String("version", Framework.CodeMaxLength), kind,
                root.String("title", Framework.TitleMaxLength), root.String("publisher", Framework.TitleMaxLength),
                root.String("published", 16), root.String("summary", Framework.SummaryMaxLength),
                Convert.ToHexString(SHA256.HashData(content)), now);

            if (kind == FrameworkKind.IncLead) IncLeadContent.Read(root, framework);
            else EdsContent.Read(root, framework);
            CheckSources(root);
            return framework;
        }
    }

    // A file that lists its sources (optional, so files published before the list keep their content hash) may cite
    // only those: a mistyped document number would otherwise send a reviewer to the wrong document.
    private static void CheckSources(JsonNode root)
    {
        if (!root.Element.TryGetProperty("sources", out _)) return;
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in root.Array("sources"))
        {
            var document = source.String("document", SourceReference.DocumentMaxLength);
            source.String("title", Framework.TitleMaxLength);
            if (!listed.Add(document)) throw source.Error($"the source '{document}' is listed more than once", $"{source.Path}.document");
        }
        Cited(root.Element, "$", root.File, listed);
    }

    private static void Cited(JsonElement element, string path, string file, HashSet<string> listed)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray()) Cited(item, $"{path}[{i++}]", file, listed);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals("sources")) continue;
            var at = $"{path}.{property.Name}";
            if (property.NameEquals("source") && property.Value.ValueKind == JsonValueKind.Object
                && property.Value.TryGetProperty("document", out var document) && document.ValueKind == JsonValueKind.String
                && !listed.Contains(document.GetString()!))
                throw new FrameworkFileException(file, $"{at}.document", $"the source '{document.GetString()}' is not in the file's 'sources' list");
            Cited(property.Value, at, file, listed);
        }
    }

    internal static SourceReference Source(JsonNode parent)
    {
        var source = parent.Object("source");
        return new SourceReference(source.String("document", SourceReference.DocumentMaxLength), source.String("section", SourceReference.SectionMaxLength));
    }

    internal static void Unique(HashSet<string> seen, string code, JsonNode node)
    {
        if (!seen.Add(code)) throw node.Error($"the code '{code}' is used more than once in the file", $"{node.Path}.code");
    }

    [GeneratedRegex(@"^S(\d+)$")]
    internal static partial Regex StageCode();

    [GeneratedRegex(@"^S\d+\.F\d+$")]
    internal static partial Regex FactorCode();

    [GeneratedRegex(@"^S\d+\.F\d+\.\d{2}$")]
    internal static partial Regex StatementCode();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    internal static partial Regex Colour();
}
