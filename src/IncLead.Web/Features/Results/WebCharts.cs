using IncLead.Documents.Charts;
using Microsoft.AspNetCore.Html;

namespace IncLead.Web.Features.Results;

/// <summary>
/// How a chart goes into a page: drawn at the width it is shown, with its text at the body text size. An SVG drawn at
/// 960 units and shrunk into a phone's column made 8.5-unit labels about 3 pixels high; instead each chart is rendered
/// twice, for the two sizes NHS.UK frontend sets body text at (19px from 641px wide, 16px below), each at the
/// narrowest column it is shown in, so its text is never smaller than the paragraphs around it (the SVG never grows
/// beyond the width it was rendered at either). A chart too dense for a phone (the agreement heatmap) is not drawn
/// there; the page's table, which holds the same figures, stands in for it. Decision record 0024.
/// </summary>
public static class WebCharts
{
    /// <summary>NHS.UK frontend's body text from its tablet breakpoint (641px) up, and below it.</summary>
    public const double BodyText = 19, SmallScreenBodyText = 16;

    /// <summary>The narrowest full-width column from 641px (641 less the 32px margins), and at 320px (less 16px margins).</summary>
    public const double FullWidth = 576, HalfWidth = 272, SmallScreenWidth = 288;

    /// <param name="chart">The chart.</param>
    /// <param name="id">Prefix for the SVG's title and description ids.</param>
    /// <param name="height">The chart's height in chart units (points, as in the PDF), e.g. <see cref="DotChart.HeightFor"/>.</param>
    /// <param name="half">Whether the chart sits in a one-half grid column on wider screens.</param>
    /// <param name="onSmallScreens">False where the chart cannot be read at 288px and the page's table stands in for it.</param>
    public static IHtmlContent Render(Chart chart, string id, double height, bool half = false, bool onSmallScreens = true)
    {
        var wide = Svg(chart, id, half ? HalfWidth : FullWidth, height, BodyText);
        var small = onSmallScreens
            ? Svg(chart, id + "-small", SmallScreenWidth, height, SmallScreenBodyText)
            : """<p class="nhsuk-body-s">On a small screen this chart is not drawn: the table below gives the same figures.</p>""";
        return new HtmlString($"""<div class="app-chart__wide">{wide}</div><div class="app-chart__small">{small}</div>""");
    }

    static string Svg(Chart chart, string id, double width, double height, double textSize) =>
        SvgChartRenderer.Render(chart, width, height * textSize / SvgChartRenderer.LabelSize, id, textSize);
}
