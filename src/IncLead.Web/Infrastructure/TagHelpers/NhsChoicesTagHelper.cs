using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IncLead.Web.Infrastructure.TagHelpers;

/// <summary>NHS.UK radios (<c>&lt;nhs-radios&gt;</c>) or checkboxes (<c>&lt;nhs-checkboxes&gt;</c>): see <see cref="ChoicesMarkup"/>.</summary>
/// <remarks>
/// Child <c>&lt;nhs-reveal value="Done"&gt;…&lt;/nhs-reveal&gt;</c> elements are the NHS.UK conditional reveal: fields
/// shown under a choice only while it is chosen. Without JavaScript they all show, so the form still works.
/// </remarks>
[HtmlTargetElement("nhs-radios")]
[HtmlTargetElement("nhs-checkboxes")]
[RestrictChildren("nhs-reveal")]
public sealed class NhsChoicesTagHelper : TagHelper
{
    /// <summary>The model property; or give <see cref="Name"/> and <see cref="Value"/> instead (fields rendered in a loop).</summary>
    public ModelExpression? For { get; set; }
    public string? Name { get; set; }
    public object? Value { get; set; }
    public required string Legend { get; set; }
    public required IEnumerable<SelectListItem> Items { get; set; }
    public string? Hint { get; set; }
    public bool Inline { get; set; }
    public string LegendSize { get; set; } = "s";

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var reveals = new Dictionary<string, Microsoft.AspNetCore.Html.IHtmlContent>(StringComparer.Ordinal);
        context.Items[typeof(NhsRevealTagHelper)] = reveals;
        await output.GetChildContentAsync();
        var f = For is not null ? FieldState.From(For, ViewContext)
            : FieldState.From(Name ?? throw new InvalidOperationException("Give the field either for= or name="), Value, ViewContext);
        output.TagName = null;
        output.Content.SetHtmlContent(new ChoicesMarkup(context.TagName == "nhs-radios", f, ChoicesMarkup.Selected(f, For is null ? Value : For.Model, ViewContext),
            Legend, Items, Hint, Inline, LegendSize, reveals));
    }
}
