using System.Text.RegularExpressions;
using IncLead.Documents.Charts;
using IncLead.Documents.Charts.Geometry;
using IncLead.Documents.Text;

namespace IncLead.Documents.Tests.Charts;

public sealed partial class DotChartTests
{
    private static DotChart Stages() => new("Stage scores",
        ["Stage 1", "Stage 2", "Stage 3"],
        [new DotSeries("2025/26", [2.14, 1.0, null]), new DotSeries("2024/25", [1.5, 1.25, 2.0])]) { CategoryName = "Stage" };

    [Fact]
    public void Description_and_data_table_give_both_cycles_the_change_and_name_a_withheld_score()
    {
        var chart = Stages();
        Assert.Equal("Dot chart: Stage scores. Scale 0 to 3. Stage 1: 2025/26 2.1, 2024/25 1.5 (up 0.6). Stage 2: 2025/26 1.0, 2024/25 1.3 (down 0.3). " +
            "Stage 3: 2025/26 not shown, 2024/25 2.0.", chart.Describe());
        var data = chart.ToDataTable();
        Assert.Equal(["Stage", "2025/26", "2024/25", "Change"], data.Headers);
        Assert.Equal(["Stage 1", "2.1", "1.5", "up 0.6"], data.Rows[0]);
        Assert.Equal(["Stage 3", "not shown", "2.0", "–"], data.Rows[2]);
    }

    [Fact]
    public void Each_shown_value_has_a_dot_and_its_value_beside_it_and_a_withheld_one_is_named_not_drawn_at_zero()
    {
        var scene = ChartLayout.Layout(Stages(), 480, DotChart.HeightFor(3), new FontBook());
        var texts = scene.Shapes.OfType<TextShape>().ToList();
        var dots = scene.Shapes.OfType<CircleShape>().Where(c => c.Fill != Colours.NhsColours.White).ToList();
        // Five values shown, plus one dot for each series in the legend.
        Assert.Equal(5 + 2, dots.Count);
        var zero = texts.Single(t => t.Text == "0" && t.Anchor == TextAnchor.Middle).X;
        var stage3 = texts.Single(t => t.Text == "Stage 3").Y;
        Assert.DoesNotContain(dots, d => Math.Abs(d.Cy - (stage3 - ChartLayout.LabelSize / 3)) < 1 && Math.Abs(d.Cx - zero) < 1);
        Assert.Contains(texts, t => t.Text == "2025/26: not shown" && Math.Abs(t.Y - stage3) < 0.01);
        foreach (var value in new[] { "2.1", "1.5", "1.0", "1.3", "2.0" })
        {
            var label = texts.Single(t => t.Text == value);
            Assert.Contains(dots, d => Math.Abs(d.Cy - (label.Y - ChartLayout.LabelSize / 3)) < 0.5 && Math.Abs(d.Cx - label.X) < 15);
        }
        // Both cycles are named in the legend.
        Assert.Contains(texts, t => t.Text == "2025/26");
        Assert.Contains(texts, t => t.Text == "2024/25");
    }

    [Fact]
    public void A_target_is_a_mark_above_its_row_named_in_the_description_the_data_table_and_the_legend()
    {
        var chart = Stages() with { Targets = [2.5, null, 2.0] };
        Assert.EndsWith(" Targets: Stage 1 2.5, Stage 3 2.0.", chart.Describe(), StringComparison.Ordinal);
        var data = chart.ToDataTable();
        Assert.Equal(["Stage", "2025/26", "2024/25", "Change", "Target"], data.Headers);
        Assert.Equal(["Stage 2", "1.0", "1.3", "down 0.3", "–"], data.Rows[1]);
        Assert.Equal("2.5", data.Rows[0][^1]);

        var scene = ChartLayout.Layout(chart, 480, DotChart.HeightFor(3), new FontBook());
        var texts = scene.Shapes.OfType<TextShape>().ToList();
        var ticks = texts.Where(t => t.Anchor == TextAnchor.Middle && t.Text is "0" or "3").ToDictionary(t => t.Text, t => t.X);
        double X(double value) => ticks["0"] + (ticks["3"] - ticks["0"]) * value / 3;
        // Each mark points down at its value from above the row's dots, clear of the figures written beside them.
        var marks = scene.Shapes.OfType<PolygonShape>().Select(p => p.Points.MaxBy(q => q.Y)).ToList();
        foreach (var (stage, target) in new[] { ("Stage 1", 2.5), ("Stage 3", 2.0) })
        {
            var row = texts.Single(t => t.Text == stage).Y - ChartLayout.LabelSize / 3;
            Assert.Contains(marks, m => Math.Abs(m.X - X(target)) < 0.5 && m.Y < row - ChartLayout.LabelSize / 2 && m.Y > row - 13);
        }
        Assert.Equal(2 + 1, marks.Count); // two rows and the legend
        Assert.Contains(texts, t => t.Text == "Target");
        Assert.DoesNotContain(ChartLayout.Layout(Stages(), 480, DotChart.HeightFor(3), new FontBook()).Shapes.OfType<TextShape>(), t => t.Text == "Target");
    }

    [Fact]
    public void The_svg_draws_its_text_at_the_pixel_size_asked_for_in_a_box_of_that_many_pixels()
    {
        var svg = SvgChartRenderer.Render(Stages(), 576, 400, "dots", textSize: 19);
        Assert.Contains("width=\"576\"", svg, StringComparison.Ordinal);
        var viewBox = ViewBox().Match(svg);
        var scale = 576 / double.Parse(viewBox.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var sizes = FontSize().Matches(svg).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * scale).ToList();
        Assert.NotEmpty(sizes);
        Assert.All(sizes, size => Assert.True(size >= 19 - 0.01, $"Text drawn at {size:0.0}px"));
    }

    [GeneratedRegex("viewBox=\"0 0 ([0-9.]+) ")]
    private static partial Regex ViewBox();

    [GeneratedRegex("font-size=\"([0-9.]+)\"")]
    private static partial Regex FontSize();
}
