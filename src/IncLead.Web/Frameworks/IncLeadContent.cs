using IncLead.Web.Domain.BoardDevelopment;
using IncLead.Web.Domain.Frameworks;

namespace IncLead.Web.Frameworks;

/// <summary>The IncLead kind: stages → factors → statements, with the coverage keys that prove nothing was left out.</summary>
internal static class IncLeadContent
{
    public static void Read(JsonNode root, Framework framework)
    {
        var coverage = ReadCoverage(root);
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);

        foreach (var stageNode in root.Array("stages"))
        {
            var code = stageNode.String("code", Statement.CodeMaxLength);
            var number = stageNode.Int("number", 1, 99);
            FrameworkFile.Unique(codes, code, stageNode);
            if (FrameworkFile.StageCode().Match(code) is not { Success: true } m || m.Groups[1].Value != number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                throw stageNode.Error($"a stage code must be 'S' and the stage number (S{number}), not '{code}'", $"{stageNode.Path}.code");

            var factors = stageNode.Array("factors").Select((f, i) => ReadFactor(f, i + 1, code, codes, coverage, covered)).ToList();
            framework.Stages.Add(new Stage(code, number, stageNode.String("title", Framework.TitleMaxLength),
                stageNode.String("theme", Framework.TitleMaxLength), stageNode.String("summary", Framework.SummaryMaxLength),
                stageNode.Int("estimatedMinutes", 1, 240), FrameworkFile.Source(stageNode), factors));
        }

        var uncovered = coverage.Keys.FirstOrDefault(k => !covered.Contains(k));
        if (uncovered is not null) throw root.Error($"the coverage key '{uncovered}' is not covered by any statement", coverage[uncovered]);

        if (root.Element.TryGetProperty("boardDevelopmentSession", out _)) framework.AttachSessionTemplate(ReadSessionTemplate(root.Object("boardDevelopmentSession")));

        foreach (var (check, i) in root.Array("communityEngagementChecklist", required: false).Select((c, i) => (c, i)))
        {
            var code = check.String("code", Statement.CodeMaxLength);
            FrameworkFile.Unique(codes, code, check);
            framework.CommunityEngagementChecks.Add(new CommunityEngagementCheck(code, i + 1, check.String("text", Statement.TextMaxLength), FrameworkFile.Source(check)));
        }
    }

    private static BoardSessionTemplate ReadSessionTemplate(JsonNode node)
    {
        var agenda = node.Array("agenda").Select(item => new AgendaItem(
            item.Int("minutes", 1, AgendaItem.MaxMinutes), item.String("item", AgendaItem.TextMaxLength), item.String("ledBy", AgendaItem.LedByMaxLength, required: false))).ToList();
        return new BoardSessionTemplate(node.Strings("aims", BoardDevelopmentSession.LineMaxLength), agenda,
            node.Strings("learningObjectives", BoardDevelopmentSession.LineMaxLength), FrameworkFile.Source(node));
    }

    private static Dictionary<string, string> ReadCoverage(JsonNode root)
    {
        var coverage = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in root.Array("coverage"))
        {
            var key = item.String("key", 200);
            item.String("description", 400);
            if (!coverage.TryAdd(key, $"{item.Path}.key")) throw item.Error($"the coverage key '{key}' is listed more than once", $"{item.Path}.key");
        }
        return coverage;
    }

    private static Factor ReadFactor(JsonNode node, int order, string stageCode, HashSet<string> codes, Dictionary<string, string> coverage, HashSet<string> covered)
    {
        var code = node.String("code", Statement.CodeMaxLength);
        FrameworkFile.Unique(codes, code, node);
        if (!FrameworkFile.FactorCode().IsMatch(code) || !code.StartsWith(stageCode + ".", StringComparison.Ordinal))
            throw node.Error($"a factor code must look like {stageCode}.F1, not '{code}'", $"{node.Path}.code");

        var statements = node.Array("statements").Select((s, i) => ReadStatement(s, i + 1, code, codes, coverage, covered)).ToList();
        return new Factor(code, order, node.String("title", Framework.TitleMaxLength), node.String("summary", Statement.GuidanceMaxLength, required: false),
            FrameworkFile.Source(node), statements);
    }

    private static Statement ReadStatement(JsonNode node, int order, string factorCode, HashSet<string> codes, Dictionary<string, string> coverage, HashSet<string> covered)
    {
        var code = node.String("code", Statement.CodeMaxLength);
        FrameworkFile.Unique(codes, code, node);
        if (!FrameworkFile.StatementCode().IsMatch(code) || !code.StartsWith(factorCode + ".", StringComparison.Ordinal))
            throw node.Error($"a statement code must look like {factorCode}.01, not '{code}'", $"{node.Path}.code");

        var covers = node.Strings("covers", 200);
        if (covers.Count == 0) throw node.Error("'covers' must name at least one coverage key", $"{node.Path}.covers");
        foreach (var (key, i) in covers.Select((k, i) => (k, i)))
        {
            if (!coverage.ContainsKey(key)) throw node.Error($"'{key}' is not a key of 'coverage'", $"{node.Path}.covers[{i}]");
            covered.Add(key);
        }
        if (string.Join(' ', covers).Length > Statement.CoversMaxLength) throw node.Error("'covers' is too long", $"{node.Path}.covers");

        // Which organisation types a statement is for (e.g. governor statements for foundation trusts); empty means all.
        var appliesTo = new List<Domain.OrganisationType>();
        foreach (var (type, i) in node.Strings("appliesTo", 40).Select((t, i) => (t, i)))
        {
            if (!Enum.TryParse<Domain.OrganisationType>(type, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(type, out _))
                throw node.Error($"'{type}' is not an organisation type; use {string.Join(", ", Enum.GetNames<Domain.OrganisationType>())}", $"{node.Path}.appliesTo[{i}]");
            appliesTo.Add(parsed);
        }

        return new Statement(code, order,
            node.String("text", Statement.TextMaxLength),
            node.String("guidance", Statement.GuidanceMaxLength),
            node.String("suggestedAction", Statement.GuidanceMaxLength),
            node.String("whatGoodLooksLike", Statement.GuidanceMaxLength),
            FrameworkFile.Source(node), covers, node.Bool("wordingToBeConfirmed"), Applicability.Of(appliesTo));
    }
}
