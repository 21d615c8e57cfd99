using System.Text.Json;
using IncLead.Web.Domain.Frameworks;

namespace IncLead.Web.Frameworks;

/// <summary>How one statement of the older version lives on in the newer one.</summary>
public enum StatementChange
{
    /// <summary>One to one: the statement asks the same thing (perhaps in new words) under the new code.</summary>
    Same = 1,

    /// <summary>One to many: a statement that asked several things became several statements.</summary>
    Split = 2,

    /// <summary>No longer asked.</summary>
    Retired = 3,
}

public sealed record MappedStatement(string From, StatementChange Change, IReadOnlyList<string> To, string Note);

/// <summary>
/// A mapping file (docs/framework-format.md, "Mapping files"): every statement code of one framework version and
/// what became of it in the next. Checked against both versions' files, so a gap or a double claim stops start-up
/// instead of quietly breaking a trend.
/// </summary>
public sealed record FrameworkMapping(string File, string Code, string FromVersion, string ToVersion, IReadOnlyList<MappedStatement> Statements)
{
    public static FrameworkMapping Parse(string fileName, byte[] content, IReadOnlyCollection<Framework> frameworks)
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
            var code = root.String("code", Framework.CodeMaxLength);
            var fromVersion = root.String("from", Framework.CodeMaxLength);
            var toVersion = root.String("to", Framework.CodeMaxLength);
            if (fromVersion == toVersion) throw root.Error($"'from' and 'to' are both '{fromVersion}'; a mapping joins two different versions", "$.to");
            var from = Find(frameworks, code, fromVersion) ?? throw root.Error($"there is no framework file for {code} version {fromVersion}", "$.from");
            var to = Find(frameworks, code, toVersion) ?? throw root.Error($"there is no framework file for {code} version {toVersion}", "$.to");

            var oldCodes = StatementCodes(from);
            var newCodes = StatementCodes(to);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
            var statements = new List<MappedStatement>();
            foreach (var entry in root.Array("statements"))
            {
                var old = entry.String("from", Statement.CodeMaxLength);
                if (!oldCodes.Contains(old)) throw entry.Error($"'{old}' is not a statement of {code} version {fromVersion}", $"{entry.Path}.from");
                if (!seen.Add(old)) throw entry.Error($"'{old}' is mapped more than once", $"{entry.Path}.from");

                var changeText = entry.String("change", 16);
                if (!Enum.TryParse<StatementChange>(changeText, ignoreCase: true, out var change) || !Enum.IsDefined(change) || int.TryParse(changeText, out _))
                    throw entry.Error($"'change' is '{changeText}'; it must be same, split or retired", $"{entry.Path}.change");

                var targets = entry.Strings("to", Statement.CodeMaxLength);
                var expected = change switch
                {
                    StatementChange.Same when targets.Count != 1 => "a statement that stays the same maps to exactly one new code",
                    StatementChange.Split when targets.Count < 2 => "a split statement maps to two or more new codes",
                    StatementChange.Retired when targets.Count != 0 => "a retired statement maps to no new code",
                    _ => null,
                };
                if (expected is not null) throw entry.Error($"'{old}' is marked {changeText} but lists {targets.Count} new codes; {expected}", $"{entry.Path}.to");

                foreach (var (target, i) in targets.Select((t, i) => (t, i)))
                {
                    if (!newCodes.Contains(target)) throw entry.Error($"'{target}' is not a statement of {code} version {toVersion}", $"{entry.Path}.to[{i}]");
                    if (!claimed.TryAdd(target, old)) throw entry.Error($"'{target}' is already claimed by '{claimed[target]}'; a new code can come from only one old statement", $"{entry.Path}.to[{i}]");
                }
                statements.Add(new MappedStatement(old, change, targets, entry.String("note", Statement.GuidanceMaxLength, required: false)));
            }

            var missing = oldCodes.Where(c => !seen.Contains(c)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
                throw root.Error($"every statement of version {fromVersion} must be accounted for (same, split or retired); not mapped: {string.Join(", ", missing)}", "$.statements");
            return new FrameworkMapping(fileName, code, fromVersion, toVersion, statements);
        }
    }

    private static Framework? Find(IReadOnlyCollection<Framework> frameworks, string code, string version) =>
        frameworks.FirstOrDefault(f => f.Code == code && f.Version == version);

    private static HashSet<string> StatementCodes(Framework framework) =>
        framework.Stages.SelectMany(s => s.Factors).SelectMany(f => f.Statements).Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
}
