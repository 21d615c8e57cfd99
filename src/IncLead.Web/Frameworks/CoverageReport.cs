using System.Text;
using System.Text.Json;

namespace IncLead.Web.Frameworks;

/// <summary>One toolkit element or companion-document item and the statements that rate it or carry it in their guidance.</summary>
public sealed record CoverageItem(string Key, string Description, string Source, bool IsPart, IReadOnlyList<CoveringStatement> Statements);

public sealed record CoveringStatement(string Code, string Text);

public sealed record CoverageGroup(string Title, IReadOnlyList<CoverageItem> Items);

/// <summary>
/// For reviewers: every element of the toolkit (by stage) and every companion-document item, with the statements that
/// cover it, built from the framework file itself so it cannot drift. The same report is the coverage page and the
/// generated docs/framework-coverage.md (written and checked by a test).
/// </summary>
public sealed record CoverageReport(string Title, string Version, IReadOnlyList<CoverageGroup> Groups)
{
    private static readonly (string Prefix, string Title)[] GroupTitles =
    [
        ("s1.", "Stage 1: The Board room"), ("s2.", "Stage 2: From the Board room to the office"), ("s3.", "Stage 3: From the office to the staff room"),
        ("s4.", "Stage 4: From the staff room to the consulting room"), ("s5.", "Stage 5: From the consulting room to the bus stop"),
        ("c001.", "Document 001: Capabilities for inclusive practice (2007)"), ("c002.", "Document 002: Inclusive Leadership and Culture in the NHS (2020)"),
        ("c003.", "Document 003: Changing social care: an inclusive approach (SCIE, 2009)"), ("c004.", "Document 004: Leadership for personalisation and social inclusion in mental health (SCIE, 2009)"),
    ];

    public static CoverageReport Build(string fileName, byte[] content)
    {
        var framework = FrameworkFile.Parse(fileName, content, DateTime.UnixEpoch);
        var statements = framework.Stages.OrderBy(s => s.Number).SelectMany(s => s.Factors.OrderBy(f => f.Order)).SelectMany(f => f.Statements.OrderBy(s => s.Order)).ToList();
        using var document = JsonDocument.Parse(content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var items = document.RootElement.GetProperty("coverage").EnumerateArray().Select(c =>
        {
            var key = c.GetProperty("key").GetString()!;
            var source = c.TryGetProperty("source", out var s) ? new Domain.Frameworks.SourceReference(s.GetProperty("document").GetString()!, s.GetProperty("section").GetString()!).ToString() : "";
            var covering = statements.Where(st => st.Covers.Split(' ').Contains(key, StringComparer.Ordinal)).Select(st => new CoveringStatement(st.Code, st.Text)).ToList();
            return (Key: key, Description: c.GetProperty("description").GetString()!, Source: source, Covering: covering);
        }).ToList();
        var keys = items.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        var groups = GroupTitles.Select(g => new CoverageGroup(g.Title, items.Where(i => i.Key.StartsWith(g.Prefix, StringComparison.Ordinal))
                .Select(i => new CoverageItem(i.Key, i.Description, i.Source, IsPart(i.Key, keys), i.Covering)).ToList()))
            .Where(g => g.Items.Count > 0).ToList();
        return new CoverageReport(framework.Title, framework.Version, groups);
    }

    // A part (a check list item, a matrix row) sits under its parent element in the report.
    private static bool IsPart(string key, HashSet<string> keys) => key.LastIndexOf('.') is var dot and > 0 && keys.Contains(key[..dot]);

    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.Append("# Framework coverage: ").Append(Title).Append(", version ").Append(Version).Append("\n\n");
        md.Append("Generated from `src/IncLead.Web/Frameworks/Data/` by `FrameworkCoverageReportTests`; do not edit by hand. ");
        md.Append("Each toolkit element and companion-document item is listed with the statements that rate it or quote it in their guidance.\n");
        foreach (var group in Groups)
        {
            md.Append("\n## ").Append(group.Title).Append("\n\n");
            foreach (var item in group.Items)
            {
                md.Append(item.IsPart ? "  - " : "- ").Append(item.Description).Append(" (").Append(item.Source).Append("): ");
                md.AppendJoin("; ", item.Statements.Select(s => s.Code)).Append('\n');
            }
        }
        return md.ToString();
    }
}
