using System.Xml.Linq;
using IncLead.Documents.Charts;
using IncLead.Documents.Tests.Samples;

namespace IncLead.Documents.Tests.Charts;

public sealed class SvgChartRendererTests
{
    static readonly XNamespace _svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> ChartNames => ["radar", "stacked", "grouped", "heatmap"];

    static Chart Named(string name) => name switch
    {
        "radar" => SampleCharts.StageRadar(),
        "stacked" => SampleCharts.RatingDistribution(),
        "grouped" => SampleCharts.GroupedBars(),
        _ => SampleCharts.Consensus(),
    };

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Svg_is_valid_xml_labelled_as_an_image_by_its_title_and_description(string name)
    {
        var chart = Named(name);
        var root = XDocument.Parse(SvgChartRenderer.Render(chart)).Root!;

        Assert.Equal(_svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        var title = Assert.Single(root.Elements(_svg + "title"));
        var desc = Assert.Single(root.Elements(_svg + "desc"));
        Assert.Equal(chart.Title, title.Value);
        Assert.Equal(chart.Describe(), desc.Value);
        Assert.Equal($"{(string?)title.Attribute("id")} {(string?)desc.Attribute("id")}", (string?)root.Attribute("aria-labelledby"));
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Svg_has_no_script_and_no_style_attributes_so_a_strict_csp_allows_it(string name)
    {
        var svg = SvgChartRenderer.Render(Named(name));
        Assert.DoesNotContain("style=", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", svg, StringComparison.OrdinalIgnoreCase);
        var attributes = XDocument.Parse(svg).Descendants().SelectMany(e => e.Attributes()).Select(a => a.Name.LocalName);
        Assert.DoesNotContain(attributes, a => a.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a == "style");
    }

    [Fact]
    public void Svg_draws_the_same_labels_as_the_data()
    {
        var root = XDocument.Parse(SvgChartRenderer.Render(SampleCharts.StageRadar())).Root!;
        var texts = root.Descendants(_svg + "text").Select(t => t.Value).ToList();
        Assert.Contains("The Board room", texts);
        Assert.Contains("This year", texts);
        Assert.Equal(2, root.Elements(_svg + "polygon").Count(p => (string?)p.Attribute("fill-opacity") is not null));
    }

    [Fact]
    public void Text_that_needs_escaping_stays_well_formed()
    {
        var chart = new BarChart("Scores <draft> & \"final\"", ["A & B"], [new ChartSeries("<this>", [1])]);
        var root = XDocument.Parse(SvgChartRenderer.Render(chart, id: "c1")).Root!;
        Assert.Equal("Scores <draft> & \"final\"", root.Element(_svg + "title")!.Value);
        Assert.Equal("c1-title c1-desc", (string?)root.Attribute("aria-labelledby"));
    }
}
