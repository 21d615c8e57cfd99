using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace IncLead.Web.Features.Results.Charts;

/// <summary>
/// Draws the chart model as inline SVG that the Content-Security-Policy allows: presentation attributes only (no
/// style attributes, no script), <c>role="img"</c> with a title and description as its text alternative.
/// </summary>
public static class SvgChartRenderer
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(RadarChart chart, string id)
    {
        const double size = 420, centre = size / 2, radius = 140;
        var svg = Open(id, chart.Title, chart.Description, size, size + (chart.Series.Count * 22));
        var n = chart.Axes.Count;
        (double X, double Y) Point(int i, double value) =>
            (centre + (radius * value / chart.Maximum * Math.Sin(2 * Math.PI * i / n)), centre - (radius * value / chart.Maximum * Math.Cos(2 * Math.PI * i / n)));

        for (var level = 1; level <= (int)chart.Maximum; level++)
        {
            var ring = string.Join(' ', Enumerable.Range(0, n).Select(i => Pair(Point(i, level))));
            svg.Append($"""<polygon points="{ring}" fill="none" stroke="{ChartColours.Grey}" stroke-width="1"/>""");
            var (lx, ly) = Point(0, level);
            svg.Append($"""<text x="{F(lx + 4)}" y="{F(ly + 4)}" font-size="11" fill="{ChartColours.DarkGrey}">{level}</text>""");
        }
        for (var i = 0; i < n; i++)
        {
            var (x, y) = Point(i, chart.Maximum);
            var (tx, ty) = Point(i, chart.Maximum + 0.45);
            var anchor = Math.Abs(tx - centre) < 1 ? "middle" : tx > centre ? "start" : "end";
            svg.Append($"""<line x1="{F(centre)}" y1="{F(centre)}" x2="{F(x)}" y2="{F(y)}" stroke="{ChartColours.Grey}" stroke-width="1"/>""");
            svg.Append($"""<text x="{F(tx)}" y="{F(ty + 4)}" font-size="13" text-anchor="{anchor}" fill="{ChartColours.Black}">{E(chart.Axes[i])}</text>""");
        }
        foreach (var series in chart.Series)
        {
            var dash = series.Dashed ? " stroke-dasharray=\"8 5\"" : "";
            if (series.Values.All(v => v is not null))
            {
                var points = string.Join(' ', series.Values.Select((v, i) => Pair(Point(i, v!.Value))));
                svg.Append($"""<polygon points="{points}" fill="{series.Colour}" fill-opacity="0.15" stroke="{series.Colour}" stroke-width="3"{dash}/>""");
                continue;
            }
            // A withheld score leaves a gap: only neighbours that both have a score are joined, and each score gets a dot.
            for (var i = 0; i < n; i++)
            {
                if (series.Values[i] is not { } a) continue;
                if (series.Values[(i + 1) % n] is { } b && n > 2)
                {
                    var (x1, y1) = Point(i, a);
                    var (x2, y2) = Point((i + 1) % n, b);
                    svg.Append($"""<line x1="{F(x1)}" y1="{F(y1)}" x2="{F(x2)}" y2="{F(y2)}" stroke="{series.Colour}" stroke-width="3"{dash}/>""");
                }
                var (px, py) = Point(i, a);
                svg.Append($"""<circle cx="{F(px)}" cy="{F(py)}" r="4" fill="{series.Colour}"/>""");
            }
        }
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var y = size + 6 + (s * 22);
            svg.Append($"""<line x1="20" y1="{F(y)}" x2="56" y2="{F(y)}" stroke="{series.Colour}" stroke-width="3"{(series.Dashed ? " stroke-dasharray=\"8 5\"" : "")}/>""");
            svg.Append($"""<text x="64" y="{F(y + 5)}" font-size="13" fill="{ChartColours.Black}">{E(series.Name)}{(series.Values.Any(v => v is null) ? " (gaps where a score is not shown)" : "")}</text>""");
        }
        return svg.Append("</svg>").ToString();
    }

    public static string Render(BarChart chart, string id)
    {
        const double labelWidth = 110, barWidth = 180, rowHeight = 22;
        var height = chart.Bars.Count * rowHeight;
        var max = Math.Max(1, chart.Bars.Max(b => b.Value));
        var svg = Open(id, chart.Title, chart.Description, labelWidth + barWidth + 40, height);
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var y = i * rowHeight;
            var width = barWidth * bar.Value / max;
            svg.Append($"""<text x="{F(labelWidth - 6)}" y="{F(y + 15)}" font-size="12" text-anchor="end" fill="{ChartColours.Black}">{E(bar.Label)}</text>""");
            svg.Append($"""<rect x="{F(labelWidth)}" y="{F(y + 3)}" width="{F(width)}" height="{F(rowHeight - 6)}" fill="{bar.Colour}"/>""");
            svg.Append($"""<text x="{F(labelWidth + width + 5)}" y="{F(y + 15)}" font-size="12" fill="{ChartColours.Black}">{E(bar.ValueLabel)}</text>""");
        }
        return svg.Append("</svg>").ToString();
    }

    public static string Render(Heatmap chart, string id)
    {
        const double labelWidth = 90, cell = 36, gap = 3, legendHeight = 30;
        var columns = Math.Max(1, chart.Rows.Max(r => r.Cells.Count));
        var width = labelWidth + (columns * (cell + gap));
        var height = (chart.Rows.Count * (cell + gap)) + legendHeight;
        var svg = Open(id, chart.Title, chart.Description, width, height);
        for (var r = 0; r < chart.Rows.Count; r++)
        {
            var row = chart.Rows[r];
            var y = r * (cell + gap);
            svg.Append($"""<text x="0" y="{F(y + (cell / 2) + 5)}" font-size="13" fill="{ChartColours.Black}">{E(row.Label)}</text>""");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var item = row.Cells[c];
                var x = labelWidth + (c * (cell + gap));
                svg.Append($"""<g><title>{E(item.Detail)}</title><rect x="{F(x)}" y="{F(y)}" width="{F(cell)}" height="{F(cell)}" fill="{item.Colour}"/>""");
                svg.Append($"""<text x="{F(x + (cell / 2))}" y="{F(y + (cell / 2) + 4)}" font-size="10" text-anchor="middle" fill="{item.TextColour}">{E(item.Label)}</text></g>""");
            }
        }
        var legendY = chart.Rows.Count * (cell + gap) + 8;
        var lx = 0.0;
        foreach (var item in chart.Legend)
        {
            svg.Append($"""<rect x="{F(lx)}" y="{F(legendY)}" width="14" height="14" fill="{item.Colour}" stroke="{ChartColours.DarkGrey}" stroke-width="1"/>""");
            svg.Append($"""<text x="{F(lx + 19)}" y="{F(legendY + 12)}" font-size="12" fill="{ChartColours.Black}">{E(item.Label)}</text>""");
            lx += 30 + (item.Label.Length * 7);
        }
        return svg.Append("</svg>").ToString();
    }

    private static StringBuilder Open(string id, string title, string description, double width, double height) =>
        new($"""<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="{E(id)}-title {E(id)}-desc" viewBox="0 0 {F(width)} {F(height)}" width="{F(width)}" height="{F(height)}" font-family="Arial, sans-serif"><title id="{E(id)}-title">{E(title)}</title><desc id="{E(id)}-desc">{E(description)}</desc>""");

    private static string Pair((double X, double Y) p) => $"{F(p.X)},{F(p.Y)}";

    private static string F(double value) => Math.Round(value, 1).ToString(Invariant);

    private static string E(string text) => HtmlEncoder.Default.Encode(text);
}
