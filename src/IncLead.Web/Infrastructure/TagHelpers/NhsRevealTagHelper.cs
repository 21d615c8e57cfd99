using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IncLead.Web.Infrastructure.TagHelpers;

/// <summary>
/// <c>&lt;nhs-reveal value="Dropped"&gt;&lt;nhs-textarea … /&gt;&lt;/nhs-reveal&gt;</c> inside <c>nhs-radios</c> or
/// <c>nhs-checkboxes</c>: the fields that belong to one choice, written by <see cref="ChoicesMarkup"/> under that choice.
/// </summary>
[HtmlTargetElement("nhs-reveal", ParentTag = "nhs-radios")]
[HtmlTargetElement("nhs-reveal", ParentTag = "nhs-checkboxes")]
public sealed class NhsRevealTagHelper : TagHelper
{
    public required string Value { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        if (context.Items.TryGetValue(typeof(NhsRevealTagHelper), out var found) && found is Dictionary<string, IHtmlContent> reveals)
            reveals[Value] = new HtmlString(content.GetContent());
        output.SuppressOutput();
    }
}
