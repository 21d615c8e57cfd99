using System.Text;
using System.Text.Json.Nodes;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Frameworks;

namespace IncLead.Tests.Frameworks;

/// <summary>
/// The mapping file's checks, each failure with its message: every old code accounted for, no new code claimed
/// twice, changes that agree with their targets, and codes that exist in the versions they name.
/// </summary>
public sealed class FrameworkMappingTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    // 2012.1 as shipped and a "2012.9" that adds S1.F1.04, so S1.F1.01 can be split into S1.F1.01 and S1.F1.04.
    private static readonly Lazy<Framework[]> Versions = new(() =>
    {
        var old = File.ReadAllBytes(Path.Combine(FrameworkFileTests.DataFolder, "inclead-2012.json"));
        var next = JsonNode.Parse(old)!;
        next["version"] = "2012.9";
        var statements = next["stages"]![0]!["factors"]![0]!["statements"]!.AsArray();
        var added = statements[0]!.DeepClone();
        added["code"] = "S1.F1.04";
        statements.Add(added);
        return [FrameworkFile.Parse("inclead-2012.json", old, Now), FrameworkFile.Parse("next.json", Encoding.UTF8.GetBytes(next.ToJsonString()), Now)];
    });

    private static IEnumerable<string> OldCodes => Versions.Value[0].Stages.SelectMany(s => s.Factors).SelectMany(f => f.Statements).Select(s => s.Code);

    /// <summary>A complete, valid mapping: S1.F1.01 split in two, S1.F1.02 retired, everything else the same.</summary>
    private static JsonObject Valid()
    {
        var entries = new JsonArray();
        foreach (var code in OldCodes)
        {
            entries.Add(code switch
            {
                "S1.F1.01" => new JsonObject { ["from"] = code, ["change"] = "split", ["to"] = new JsonArray("S1.F1.01", "S1.F1.04") },
                "S1.F1.02" => new JsonObject { ["from"] = code, ["change"] = "retired", ["to"] = new JsonArray(), ["note"] = "Now asked in Stage 3" },
                _ => new JsonObject { ["from"] = code, ["change"] = "same", ["to"] = new JsonArray(code) },
            });
        }
        return new JsonObject { ["code"] = "inclead", ["from"] = "2012.1", ["to"] = "2012.9", ["statements"] = entries };
    }

    private static FrameworkMapping Parse(JsonNode json) => FrameworkMapping.Parse("Mappings/test.json", Encoding.UTF8.GetBytes(json.ToJsonString()), Versions.Value);

    private static FrameworkFileException Fails(JsonNode json) => Assert.Throws<FrameworkFileException>(() => Parse(json));

    private static JsonNode Entry(JsonObject mapping, string code) => mapping["statements"]!.AsArray().Single(e => e!["from"]!.GetValue<string>() == code)!;

    [Fact]
    public void A_complete_mapping_reads_its_splits_and_retirements()
    {
        var mapping = Parse(Valid());
        Assert.Equal(OldCodes.Count(), mapping.Statements.Count);
        Assert.Equal(["S1.F1.01", "S1.F1.04"], mapping.Statements.Single(s => s.From == "S1.F1.01").To);
        Assert.Equal(StatementChange.Retired, mapping.Statements.Single(s => s.From == "S1.F1.02").Change);
    }

    [Fact]
    public void An_old_code_left_out_is_named()
    {
        var json = Valid();
        var entries = json["statements"]!.AsArray();
        entries.Remove(Entry(json, "S2.F3.04"));
        var ex = Fails(json);
        Assert.Equal("Mappings/test.json", ex.File);
        Assert.Equal("$.statements", ex.JsonPath);
        Assert.Contains("every statement of version 2012.1 must be accounted for", ex.Problem);
        Assert.EndsWith("not mapped: S2.F3.04", ex.Problem);
    }

    [Fact]
    public void A_new_code_claimed_twice_is_refused()
    {
        var json = Valid();
        var entry = Entry(json, "S1.F1.03");
        entry["change"] = "split";
        entry["to"] = new JsonArray("S1.F1.03", "S1.F1.04");
        var ex = Fails(json);
        Assert.EndsWith(".to[1]", ex.JsonPath);
        Assert.Contains("'S1.F1.04' is already claimed by 'S1.F1.01'", ex.Problem);
    }

    [Fact]
    public void An_old_code_mapped_twice_is_refused()
    {
        var json = Valid();
        json["statements"]!.AsArray().Add(new JsonObject { ["from"] = "S5.F1.01", ["change"] = "retired", ["to"] = new JsonArray() });
        var ex = Fails(json);
        Assert.Contains("'S5.F1.01' is mapped more than once", ex.Problem);
    }

    [Theory]
    [InlineData("S1.F1.03", "same", new[] { "S1.F1.03", "S1.F1.04" }, "marked same but lists 2 new codes")]
    [InlineData("S1.F1.03", "split", new[] { "S1.F1.03" }, "a split statement maps to two or more new codes")]
    [InlineData("S1.F1.03", "retired", new[] { "S1.F1.03" }, "a retired statement maps to no new code")]
    [InlineData("S1.F1.03", "merged", new[] { "S1.F1.03" }, "'change' is 'merged'; it must be same, split or retired")]
    [InlineData("S1.F1.03", "same", new[] { "S9.F9.99" }, "'S9.F9.99' is not a statement of inclead version 2012.9")]
    public void A_change_that_does_not_fit_its_targets_is_refused(string code, string change, string[] to, string message)
    {
        var json = Valid();
        var entry = Entry(json, code);
        entry["change"] = change;
        entry["to"] = new JsonArray([.. to.Select(t => (JsonNode)JsonValue.Create(t))]);
        var ex = Fails(json);
        Assert.StartsWith("$.statements[", ex.JsonPath);
        Assert.Contains(message, ex.Problem);
    }

    [Fact]
    public void An_unknown_old_code_or_version_is_refused()
    {
        var json = Valid();
        Entry(json, "S1.F1.03")["from"] = "S1.F1.99";
        Assert.Contains("'S1.F1.99' is not a statement of inclead version 2012.1", Fails(json).Problem);

        json = Valid();
        json["to"] = "2099.1";
        var ex = Fails(json);
        Assert.Equal("$.to", ex.JsonPath);
        Assert.Contains("there is no framework file for inclead version 2099.1", ex.Problem);
    }

    [Fact]
    public void A_malformed_mapping_names_the_file_and_what_is_wrong()
    {
        var ex = Assert.Throws<FrameworkFileException>(() => FrameworkMapping.Parse("Mappings/bad.json", "{ \"code\": \"inclead\", \"from\": }"u8.ToArray(), Versions.Value));
        Assert.Equal("Mappings/bad.json", ex.File);
        Assert.Contains("not valid JSON", ex.Problem);

        var json = Valid();
        json.Remove("statements");
        Assert.Equal("Framework file 'Mappings/test.json' is not valid at $.statements: the field 'statements' is missing", Fails(json).Message);
    }

    [Fact]
    public void The_lineage_follows_a_split_a_new_and_a_retired_statement()
    {
        var json = Valid();
        var lineage = new StatementLineage();
        lineage.Use([Parse(json)]);

        Assert.Equivalent(new StatementLink(["S1.F1.01"], LineageKind.Split), lineage.Earlier("inclead", "2012.9", "S1.F1.04", "2012.1"), strict: true);
        Assert.Equivalent(new StatementLink(["S1.F1.03"], LineageKind.Same), lineage.Earlier("inclead", "2012.9", "S1.F1.03", "2012.1"), strict: true);
        Assert.Equal(LineageKind.Split, lineage.Later("inclead", "2012.1", "S1.F1.01", "2012.9").Kind);
        Assert.Equal(["S1.F1.01", "S1.F1.04"], lineage.Later("inclead", "2012.1", "S1.F1.01", "2012.9").Codes);
        Assert.Equivalent(new StatementLink([], LineageKind.Retired), lineage.Later("inclead", "2012.1", "S1.F1.02", "2012.9"), strict: true);
        Assert.Equal(["S1.F1.02"], lineage.Retired("inclead", "2012.1", "2012.9"));
        // The retired statement's code is still in 2012.9 but no mapping entry claims it, so there it is new.
        Assert.Equivalent(new StatementLink([], LineageKind.New), lineage.Earlier("inclead", "2012.9", "S1.F1.02", "2012.1"), strict: true);
        // Versions no mapping joins keep matching equal codes, as before mapping files existed.
        Assert.Equivalent(new StatementLink(["S1.F1.02"], LineageKind.Same), lineage.Earlier("inclead", "2012.9", "S1.F1.02", "2011.1"), strict: true);
    }
}
