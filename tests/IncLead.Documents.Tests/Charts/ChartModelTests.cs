using IncLead.Documents.Charts;
using IncLead.Documents.Colours;
using IncLead.Documents.Model;
using IncLead.Documents.Tests.Samples;

namespace IncLead.Documents.Tests.Charts;

public sealed class ChartModelTests
{
    [Fact]
    public void Radar_description_and_data_table_give_every_value()
    {
        var chart = SampleCharts.StageRadar();
        Assert.Contains("This year: The Board room 2.1", chart.Describe(), StringComparison.Ordinal);
        var data = chart.ToDataTable();
        Assert.Equal(["Item", "This year", "Last year"], data.Headers);
        Assert.Equal(["The Board room", "2.1", "1.7"], data.Rows[0]);
    }

    [Fact]
    public void Heatmap_shows_suppressed_values_as_a_dash()
    {
        var chart = new Heatmap("H", ["Row"], ["A", "B"], [[1.25, null]], ColourScale.Rating);
        Assert.Equal(["Row", "1.3", "–"], chart.ToDataTable().Rows[0]);
    }

    [Fact]
    public void Stacked_bar_extent_is_the_largest_total()
    {
        Assert.Equal(13, SampleCharts.RatingDistribution().Extent());
    }

    [Theory]
    [InlineData("#005eb8", "#ffffff")]
    [InlineData("#003087", "#ffffff")]
    [InlineData("#ffb81c", "#212b32")]
    [InlineData("#f0f4f5", "#212b32")]
    [InlineData("#d5281b", "#ffffff")]
    public void Cell_text_colour_is_chosen_for_contrast(string fill, string expected)
    {
        var text = NhsColours.TextOn(Rgb.Parse(fill));
        Assert.Equal(expected, text.ToHex());
        Assert.True(text.ContrastWith(Rgb.Parse(fill)) >= 4.5);
    }

    [Fact]
    public void A_chart_block_needs_alternative_text()
    {
        Assert.Throws<ArgumentException>(() => new ChartBlock(SampleCharts.GroupedBars(), " "));
        Assert.Equal(SampleCharts.GroupedBars().Describe(), ChartBlock.For(SampleCharts.GroupedBars()).AltText);
    }

    [Fact]
    public void Colour_scale_interpolates_and_clamps()
    {
        var scale = ColourScale.Rating;
        Assert.Equal(NhsColours.Red, scale.ColourFor(-1));
        Assert.Equal(NhsColours.DarkBlue, scale.ColourFor(5));
        Assert.Equal(NhsColours.Red.Mix(NhsColours.WarmYellow, 0.5), scale.ColourFor(0.5));
    }
}
