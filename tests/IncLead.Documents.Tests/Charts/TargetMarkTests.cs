using System.Xml.Linq;
using IncLead.Documents.Charts;
using IncLead.Documents.Charts.Geometry;
using IncLead.Documents.Model;
using IncLead.Documents.Pdf;
using IncLead.Documents.Tests.Samples;
using IncLead.Documents.Text;
using UglyToad.PdfPig;

namespace IncLead.Documents.Tests.Charts;

/// <summary>Target marks are part of the chart model: laid out once, so SVG and PDF draw the same, and described and tabled.</summary>
public sealed class TargetMarkTests
{
    static readonly XNamespace _svg = "http://www.w3.org/2000/svg";

    static RadarChart Radar() => SampleCharts.StageRadar() with { Targets = [2.5, null, 1.5] };

    static BarChart Bars() => new("Stage 1 by cycle", ["2024/25", "2025/26", "2026/27"], [new ChartSeries("Mean", [1.2, 1.6, 2.0])]) { Maximum = 3, Targets = [null, 1.5, 2.4] };

    static List<LineShape> Marks(Chart chart) =>
        [.. ChartLayout.Layout(chart, 560, 400, new FontBook()).Shapes.OfType<LineShape>().Where(l => l.Stroke == RadarLayout.TargetColour && l.StrokeWidth == 2.5)];

    [Fact]
    public void A_radar_marks_each_target_across_its_spoke_and_names_them()
    {
        Assert.Equal(2, Marks(Radar()).Count);
        Assert.Empty(Marks(SampleCharts.StageRadar()));
        Assert.EndsWith("Targets: The Board room 2.5, Office to staff room 1.5.", Radar().Describe(), StringComparison.Ordinal);
        var data = Radar().ToDataTable();
        Assert.Equal(["Item", "This year", "Last year", "Target"], data.Headers);
        Assert.Equal(["The Board room", "2.1", "1.7", "2.5"], data.Rows[0]);
        Assert.Equal("–", data.Rows[1][3]);
        Assert.Equal(["Item", "This year", "Last year"], SampleCharts.StageRadar().ToDataTable().Headers);
    }

    [Fact]
    public void A_bar_chart_marks_each_category_target_at_its_value()
    {
        var marks = Marks(Bars());
        Assert.Equal(2, marks.Count);
        Assert.All(marks, m => Assert.Equal(m.X1, m.X2));
        Assert.True(marks[1].X1 > marks[0].X1, "2.4 is drawn to the right of 1.5");
        Assert.Contains("2025/26: Mean 1.6, target 1.5.", Bars().Describe(), StringComparison.Ordinal);
        Assert.Equal(["2026/27", "2", "2.4"], Bars().ToDataTable().Rows[2]);
    }

    [Fact]
    public void The_svg_draws_the_marks_and_its_description_names_them()
    {
        var root = XDocument.Parse(SvgChartRenderer.Render(Radar(), 560, 400)).Root!;
        Assert.Equal(2, root.Elements(_svg + "line").Count(l => (string?)l.Attribute("stroke") == RadarLayout.TargetColour.ToHex() && (string?)l.Attribute("stroke-width") == "2.5"));
        Assert.Contains("Targets: The Board room 2.5", root.Element(_svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pdf_gives_the_targets_in_the_chart_data_table_and_alternative_text()
    {
        var document = new Document("Targets", [new Heading(1, "Targets"), ChartBlock.For(Radar(), 280, includeDataTable: true), ChartBlock.For(Bars(), 160, includeDataTable: true)]);
        using var pdf = PdfDocument.Open(PdfRenderer.Render(document));
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Target", text, StringComparison.Ordinal);
        Assert.Contains("2.4", text, StringComparison.Ordinal);
    }
}
