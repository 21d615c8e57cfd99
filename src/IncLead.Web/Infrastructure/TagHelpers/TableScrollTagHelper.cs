using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IncLead.Web.Infrastructure.TagHelpers;

/// <summary>
/// Every NHS.UK table sits in its own scrolling region, so a wide table scrolls sideways by itself on a phone while the
/// page does not (WCAG 2.2 reflow, 1.4.10). The region is named after the table's caption and can take keyboard focus,
/// so it can be scrolled with the arrow keys. One place for every page rather than a wrapper written beside each table.
/// </summary>
[HtmlTargetElement("table", Attributes = "class")]
public sealed partial class TableScrollTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var classes = output.Attributes["class"]?.Value?.ToString() ?? "";
        if (!classes.Split(' ').Contains("nhsuk-table")) return;
        var content = (await output.GetChildContentAsync()).GetContent();
        var caption = Caption().Match(content) is { Success: true } m ? WebUtility.HtmlDecode(Tags().Replace(m.Groups[1].Value, "")).Trim() : "";
        // Named by the caption, else by the heading the table names itself after: two regions called "Table" would be
        // two landmarks a screen reader cannot tell apart.
        var name = caption.Length > 0 ? $"aria-label=\"{WebUtility.HtmlEncode(caption)}\""
            : output.Attributes["aria-labelledby"]?.Value?.ToString() is { Length: > 0 } heading ? $"aria-labelledby=\"{WebUtility.HtmlEncode(heading)}\""
            : "aria-label=\"Table\"";
        output.Content.SetHtmlContent(content);
        output.PreElement.SetHtmlContent($"""<div class="app-table-scroll" role="region" {name} tabindex="0">""");
        output.PostElement.SetHtmlContent("</div>");
    }

    [GeneratedRegex("<caption[^>]*>(.*?)</caption>", RegexOptions.Singleline)]
    private static partial Regex Caption();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
