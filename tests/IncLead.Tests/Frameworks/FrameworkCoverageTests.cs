using IncLead.Web.Frameworks;

namespace IncLead.Tests.Frameworks;

/// <summary>Every factor, step and check list PRODUCT.md §2 names for the five stages has a coverage key, and statements rate it.</summary>
public sealed class FrameworkCoverageTests
{
    // The parent item and how many sub-items (Table 1 factors, steps' criteria, check list items...) the toolkit lists.
    public static TheoryData<string, int> Items => new()
    {
        { "s1.table1.culture-of-debate", 0 }, { "s1.table1.insularity", 0 }, { "s1.table1.board-leads", 0 },
        { "s1.table1.business-case", 0 }, { "s1.table1.foundation-trust", 0 }, { "s1.table1.public-engagement", 0 },
        { "s1.ceo-chair", 5 }, { "s1.board-development-session", 3 },
        { "s2.vision-operational", 4 }, { "s2.monitoring-performance", 4 }, { "s2.personal-competencies", 5 },
        { "s2.alliances-review", 5 }, { "s2.alliances-scoping", 3 }, { "s2.appraisal-ksf", 5 },
        { "s3.clarity-of-terms", 0 }, { "s3.structure-agency", 0 }, { "s3.group-difference-monitoring", 4 },
        { "s3.feedback-loop", 0 }, { "s3.boundaries", 0 }, { "s3.macpherson", 4 },
        { "s4.service-user-measures", 5 }, { "s4.patient-public-involvement", 0 },
        { "s4.cultural-competency-individual", 3 }, { "s4.cultural-competency-organisational", 4 },
        { "s5.engagement-model", 9 }, { "s5.commissioners", 4 }, { "s5.eds-checklist", 11 },
    };

    private static readonly Lazy<(HashSet<string> Keys, HashSet<string> Covered)> Coverage = new(() =>
    {
        var framework = FrameworkFile.Parse("inclead-2012.json", File.ReadAllBytes(Path.Combine(FrameworkFileTests.DataFolder, "inclead-2012.json")), DateTime.UtcNow);
        var covered = framework.Stages.SelectMany(s => s.Factors).SelectMany(f => f.Statements).SelectMany(s => s.Covers.Split(' ')).ToHashSet();
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(FrameworkFileTests.DataFolder, "inclead-2012.json")))!;
        var keys = json["coverage"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()).ToHashSet();
        return (keys, covered);
    });

    [Theory]
    [MemberData(nameof(Items))]
    public void Each_toolkit_item_has_a_coverage_key_and_is_rated_by_a_statement(string key, int subItems)
    {
        var (keys, covered) = Coverage.Value;
        Assert.Contains(key, keys);
        var children = keys.Where(k => k.StartsWith(key + ".", StringComparison.Ordinal)).ToList();
        Assert.Equal(subItems, children.Count);
        Assert.True(covered.Contains(key) || children.Any(covered.Contains), $"no statement covers {key}");
        Assert.All(children, c => Assert.Contains(c, covered));
    }
}
