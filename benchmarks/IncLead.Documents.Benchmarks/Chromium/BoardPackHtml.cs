using System.Globalization;
using System.Net;
using System.Text;
using IncLead.Documents.Charts;
using IncLead.Documents.Colours;
using IncLead.Documents.Model;

namespace IncLead.Documents.Benchmarks.Chromium;

/// <summary>
/// The same document as HTML for Chromium to print: the yardstick the PDF engine is measured against, not product
/// code. Same blocks, same tables (header rows in thead, which Chromium repeats on every page), the charts as the
/// engine's own SVG, the same page geometry and type sizes. The running header and footer, with "Page X of Y", come
/// from Puppeteer's templates (see <see cref="ChromiumPrinter"/>). Chromium cannot fill in contents page numbers in
/// one pass, so the contents here are links without numbers: a second render would be needed, which the yardstick
/// leaves out to stay on the cheap side for Chromium.
/// </summary>
internal static class BoardPackHtml
{
    /// <summary>The engine's text width, 595.28 pt less two 56 pt margins, in CSS pixels.</summary>
    const double ContentWidthPx = (595.28 - 2 * 56) * 96 / 72;

    public static string Build(Document document)
    {
        var html = new StringBuilder(256 * 1024);
        html.Append("<!DOCTYPE html><html lang=\"").Append(Encode(document.Language)).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(document.Title)).Append("</title><style>").Append(Css).Append("</style></head><body>");
        var headingIndex = 0;
        var headings = document.Blocks.OfType<Heading>().ToList();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TitlePage cover:
                    html.Append("<section class=\"cover\"><div class=\"band\"><h1>").Append(Encode(cover.Title)).Append("</h1>");
                    if (cover.Subtitle is { Length: > 0 } subtitle)
                        html.Append("<p class=\"subtitle\">").Append(Encode(subtitle)).Append("</p>");
                    html.Append("</div>");
                    foreach (var line in cover.Lines ?? [])
                        html.Append("<p>").Append(Encode(line)).Append("</p>");
                    html.Append("</section>");
                    break;
                case TableOfContents contents:
                    html.Append("<nav class=\"toc\"><h1>").Append(Encode(contents.Title)).Append("</h1><ol>");
                    for (var i = 0; i < headings.Count; i++)
                    {
                        if (headings[i].Level <= contents.MaxLevel)
                            html.Append(CultureInfo.InvariantCulture, $"<li class=\"l{headings[i].Level}\"><a href=\"#h{i}\">{Encode(headings[i].Text)}</a></li>");
                    }
                    html.Append("</ol></nav>");
                    break;
                case Heading heading:
                    html.Append(CultureInfo.InvariantCulture, $"<h{heading.Level} id=\"h{headingIndex++}\">{Encode(heading.Text)}</h{heading.Level}>");
                    break;
                case Paragraph paragraph:
                    Runs(html.Append("<p>"), paragraph.Runs).Append("</p>");
                    break;
                case BulletList list:
                    html.Append("<ul>");
                    foreach (var item in list.Items)
                        Runs(html.Append("<li>"), item.Runs).Append("</li>");
                    html.Append("</ul>");
                    break;
                case KeyValueBlock pairs:
                    html.Append("<table class=\"pairs\"><tbody>");
                    foreach (var pair in pairs.Pairs)
                        html.Append("<tr><th scope=\"row\">").Append(Encode(pair.Label)).Append("</th><td>").Append(Encode(pair.Value)).Append("</td></tr>");
                    html.Append("</tbody></table>");
                    break;
                case Table table:
                    Table(html, table);
                    break;
                case ChartBlock chart:
                    html.Append("<figure>").Append(SvgChartRenderer.Render(chart.Chart, ContentWidthPx, chart.Height * 96 / 72)).Append("</figure>");
                    if (chart.IncludeDataTable)
                    {
                        var data = chart.Chart.ToDataTable();
                        Table(html, Model.Table.Create(data.Headers, data.Rows.Select(r => new TableRow([.. r.Select(c => new TableCell(c))]))));
                    }
                    break;
                case PageBreak:
                    html.Append("<div class=\"break\"></div>");
                    break;
            }
        }
        return html.Append("</body></html>").ToString();
    }

    static void Table(StringBuilder html, Table table)
    {
        var total = table.ColumnWeights.Sum();
        html.Append("<table><colgroup>");
        foreach (var weight in table.ColumnWeights)
            html.Append(CultureInfo.InvariantCulture, $"<col style=\"width:{weight / total * 100:0.##}%\">");
        html.Append("</colgroup><thead>");
        foreach (var row in table.HeaderRows)
            Row(html, row, "th scope=\"col\"", "th");
        html.Append("</thead><tbody>");
        foreach (var row in table.Rows)
            Row(html, row, "td", "td");
        html.Append("</tbody></table>");
    }

    static void Row(StringBuilder html, TableRow row, string open, string close)
    {
        html.Append("<tr>");
        foreach (var cell in row.Cells)
        {
            html.Append('<').Append(open);
            if (cell.Fill is { } fill)
                html.Append(" style=\"background:").Append(fill.ToHex()).Append(";color:").Append(NhsColours.TextOn(fill).ToHex()).Append('"');
            html.Append('>').Append(Encode(cell.Text)).Append("</").Append(close).Append('>');
        }
        html.Append("</tr>");
    }

    static StringBuilder Runs(StringBuilder html, IReadOnlyList<TextRun> runs)
    {
        foreach (var run in runs)
        {
            var text = Encode(run.Text).Replace("\n", "<br>", StringComparison.Ordinal);
            html.Append(run switch
            {
                { Bold: true, Italic: true } => $"<b><i>{text}</i></b>",
                { Bold: true } => $"<b>{text}</b>",
                { Italic: true } => $"<i>{text}</i>",
                _ => text,
            });
        }
        return html;
    }

    static string Encode(string text) => WebUtility.HtmlEncode(text);

    // The engine's theme in CSS: A4 with its margins (set in the print options), Liberation Sans, the same sizes.
    const string Css = """
        body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; line-height: 1.35; color: #212b32; margin: 0; }
        h1 { font-size: 19pt; color: #003087; margin: 20pt 0 3pt; break-after: avoid; }
        h2 { font-size: 14.5pt; margin: 16pt 0 3pt; break-after: avoid; }
        h3 { font-size: 12pt; margin: 12pt 0 3pt; break-after: avoid; }
        p { margin: 7pt 0 0; orphans: 2; widows: 2; }
        ul { margin: 7pt 0 0; padding-left: 16pt; }
        li { margin-top: 3pt; }
        table { width: 100%; border-collapse: collapse; margin-top: 9pt; font-size: 9pt; line-height: 1.25; table-layout: fixed; }
        th, td { border: 0.5pt solid #d8dde0; padding: 4pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        thead th { background: #005eb8; color: #fff; }
        tbody th { background: #f0f4f5; }
        tr { break-inside: avoid; }
        figure { margin: 13pt 0 0; break-inside: avoid; }
        .cover { break-after: page; }
        .cover .band { background: #005eb8; color: #fff; margin: 0 0 40pt; padding: 40pt 12pt 30pt; }
        .cover h1 { color: #fff; font-size: 28pt; margin: 0; }
        .cover .subtitle { font-size: 15pt; }
        .cover p { font-size: 12pt; }
        .toc { break-after: page; }
        .toc ol { list-style: none; padding: 0; }
        .toc .l1 { font-weight: bold; margin-top: 6pt; }
        .toc .l2 { padding-left: 14pt; }
        .toc a { color: inherit; text-decoration: none; }
        .break { break-before: page; }
        """;
}
