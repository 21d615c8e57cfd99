using System.Text;
using System.Text.Json.Nodes;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Frameworks;

namespace IncLead.Tests.Frameworks;

public sealed class FrameworkFileTests
{
    private static readonly DateTime Now = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    internal static string DataFolder => Path.Combine(AppContext.BaseDirectory, "Frameworks", "Data");

    private static JsonNode Shipped(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(DataFolder, file)))!;

    private static FrameworkFileException Fails(JsonNode json, string file = "broken.json") =>
        Assert.Throws<FrameworkFileException>(() => FrameworkFile.Parse(file, Encoding.UTF8.GetBytes(json.ToJsonString()), Now));

    [Theory]
    [InlineData("inclead-2012.json", FrameworkKind.IncLead)]
    [InlineData("inclead-2012.2.json", FrameworkKind.IncLead)]
    [InlineData("eds-2022.json", FrameworkKind.Eds2022)]
    [InlineData("eds2-2013.json", FrameworkKind.Eds2)]
    public void Every_shipped_file_parses(string file, FrameworkKind kind)
    {
        var framework = FrameworkFile.Parse(file, File.ReadAllBytes(Path.Combine(DataFolder, file)), Now);
        Assert.Equal(kind, framework.Kind);
        Assert.Equal(64, framework.ContentHash.Length);
    }

    [Fact]
    public void The_inclead_framework_has_five_stages_of_ten_to_twenty_statements()
    {
        var framework = FrameworkFile.Parse("inclead-2012.json", File.ReadAllBytes(Path.Combine(DataFolder, "inclead-2012.json")), Now);
        Assert.Equal([1, 2, 3, 4, 5], framework.Stages.Select(s => s.Number));
        Assert.All(framework.Stages, s => Assert.InRange(s.Factors.Sum(f => f.Statements.Count), 10, 20));
        Assert.All(framework.Stages.SelectMany(s => s.Factors).SelectMany(f => f.Statements), s => Assert.False(string.IsNullOrWhiteSpace(s.Source.Section)));
    }

    [Fact]
    public void The_eds_files_load_domains_outcomes_and_grades()
    {
        var eds = FrameworkFile.Parse("eds-2022.json", File.ReadAllBytes(Path.Combine(DataFolder, "eds-2022.json")), Now);
        Assert.Equal(3, eds.Domains.Count);
        Assert.Equal(11, eds.Domains.Sum(d => d.Outcomes.Count));
        Assert.Equal(4, eds.Grades.Count);
        var eds2 = FrameworkFile.Parse("eds2-2013.json", File.ReadAllBytes(Path.Combine(DataFolder, "eds2-2013.json")), Now);
        Assert.Equal(18, eds2.Domains.Sum(d => d.Outcomes.Count));
    }

    [Fact]
    public void Invalid_json_names_the_file_and_the_line()
    {
        var ex = Assert.Throws<FrameworkFileException>(() => FrameworkFile.Parse("bad.json", "{ \"code\": \"x\", \n  \"version\": }"u8.ToArray(), Now));
        Assert.Contains("bad.json", ex.Message);
        Assert.Contains("not valid JSON (line 2", ex.Message);
    }

    [Fact]
    public void A_missing_field_names_its_json_path()
    {
        var json = Shipped("inclead-2012.json");
        json["stages"]![1]!["factors"]![0]!["statements"]![2]!.AsObject().Remove("text");
        var ex = Fails(json);
        Assert.Equal("broken.json", ex.File);
        Assert.Equal("$.stages[1].factors[0].statements[2].text", ex.JsonPath);
        Assert.Contains("the field 'text' is missing", ex.Message);
    }

    [Fact]
    public void A_duplicate_code_is_refused()
    {
        var json = Shipped("inclead-2012.json");
        var first = json["stages"]![0]!["factors"]![0]!["statements"]![0]!["code"]!.GetValue<string>();
        json["stages"]![0]!["factors"]![0]!["statements"]![1]!["code"] = first;
        var ex = Fails(json);
        Assert.Equal("$.stages[0].factors[0].statements[1].code", ex.JsonPath);
        Assert.Contains("used more than once", ex.Problem);
    }

    [Fact]
    public void Text_over_its_limit_is_refused()
    {
        var json = Shipped("inclead-2012.json");
        json["stages"]![0]!["factors"]![0]!["statements"]![0]!["text"] = new string('a', 401);
        var ex = Fails(json);
        Assert.Equal("$.stages[0].factors[0].statements[0].text", ex.JsonPath);
        Assert.Contains("the limit is 400", ex.Problem);
    }

    [Fact]
    public void A_covers_key_missing_from_coverage_is_refused()
    {
        var json = Shipped("inclead-2012.json");
        json["stages"]![0]!["factors"]![0]!["statements"]![0]!["covers"] = new JsonArray("s9.nothing");
        var ex = Fails(json);
        Assert.Equal("$.stages[0].factors[0].statements[0].covers[0]", ex.JsonPath);
        Assert.Contains("'s9.nothing' is not a key of 'coverage'", ex.Problem);
    }

    [Fact]
    public void An_uncovered_coverage_key_is_refused()
    {
        var json = Shipped("inclead-2012.json");
        json["coverage"]!.AsArray().Add(new JsonObject { ["key"] = "s1.forgotten", ["description"] = "Something nobody restated" });
        var ex = Fails(json);
        Assert.Contains("'s1.forgotten' is not covered by any statement", ex.Problem);
    }

    [Fact]
    public void An_unknown_kind_and_a_bad_eds_score_are_refused()
    {
        var json = Shipped("eds-2022.json");
        json["kind"] = "Eds3000";
        Assert.Equal("$.kind", Fails(json).JsonPath);
        json = Shipped("eds-2022.json");
        json["grades"]![0]!["score"] = 7;
        var ex = Fails(json);
        Assert.Equal("$.grades[0].score", ex.JsonPath);
        Assert.Contains("from 0 to 3", ex.Problem);
    }

    [Fact]
    public void A_statement_that_asks_nothing_is_refused()
    {
        var json = Shipped("inclead-2012.json");
        json["stages"]![2]!["factors"]![1]!["statements"]![0]!["text"] = "   ";
        var ex = Fails(json);
        Assert.Equal("$.stages[2].factors[1].statements[0].text", ex.JsonPath);
        Assert.Equal("'text' must not be empty", ex.Problem);
    }

    [Fact]
    public void A_source_missing_from_the_sources_list_is_refused()
    {
        var json = Shipped("inclead-2012.json");
        json["sources"] = new JsonArray(new JsonObject { ["document"] = "000", ["title"] = "The toolkit" }, new JsonObject { ["document"] = "001", ["title"] = "Capabilities" }, new JsonObject { ["document"] = "003", ["title"] = "Changing social care" });
        var ex = Fails(json);
        Assert.Equal("broken.json", ex.File);
        Assert.Matches(@"^\$\.stages\[\d\]\.factors\[\d\]\.statements\[\d\]\.source\.document$", ex.JsonPath);
        Assert.Equal("the source '002' is not in the file's 'sources' list", ex.Problem);
    }
}
