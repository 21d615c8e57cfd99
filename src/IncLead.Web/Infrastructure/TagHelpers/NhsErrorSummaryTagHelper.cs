using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static IncLead.Web.Infrastructure.TagHelpers.Html;

namespace IncLead.Web.Infrastructure.TagHelpers;

/// <summary>
/// The NHS.UK error summary, listing every model error with a link to its field, in the order the fields are on the
/// form (the model's property order), whatever order the checks ran in; an error keyed by an address links to that page.
/// Renders nothing when the form is valid.
/// </summary>
[HtmlTargetElement("nhs-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsErrorSummaryTagHelper : TagHelper
{
    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    // A key that is an address ("/respond/…#statement-12") is a gap on another page of the same form, linked there.
    private static string Href(string key, ModelStateDictionary state) => key.StartsWith('/')
        ? key
        : "#" + NhsDateInputTagHelper.FirstWrongPartId(key, TagBuilder.CreateSanitizedId(key, "-"), state);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = ViewContext.ViewData.ModelState;
        var errors = state
            .Where(kv => kv.Value is not null && kv.Value.Errors.Count > 0)
            .SelectMany(kv => kv.Value!.Errors.Select(e => (Key: kv.Key, e.ErrorMessage)))
            .Where(e => e.ErrorMessage.Length > 0)
            .OrderBy(e => FieldOrder.Rank(ViewContext.ViewData.ModelMetadata, e.Key), FieldOrder.Comparer)
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var items = errors.Select(e => e.Key.Length == 0
            ? $"<li>{E(e.ErrorMessage)}</li>"
            : $"""<li><a href="{E(Href(e.Key, state))}">{E(e.ErrorMessage)}</a></li>""");
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "nhsuk-error-summary");
        output.Attributes.SetAttribute("data-module", "nhsuk-error-summary");
        output.Content.SetHtmlContent(
            """<div role="alert"><h2 class="nhsuk-error-summary__heading">There is a problem</h2><div class="nhsuk-error-summary__body"><ul class="nhsuk-list nhsuk-error-summary__list">""" +
            string.Concat(items) + "</ul></div></div>");
    }
}
