using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static IncLead.Web.Infrastructure.TagHelpers.Html;

namespace IncLead.Web.Infrastructure.TagHelpers;

/// <summary>An NHS.UK textarea; with <c>max-length</c> it becomes a character count.</summary>
[HtmlTargetElement("nhs-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsTextareaTagHelper : TagHelper
{
    /// <summary>The model property; or give <see cref="Name"/> and <see cref="Value"/> instead (fields rendered in a loop).</summary>
    public ModelExpression? For { get; set; }
    public string? Name { get; set; }
    public object? Value { get; set; }
    public required string Label { get; set; }
    public string? Hint { get; set; }
    public int Rows { get; set; } = 5;
    public int? MaxLength { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var f = For is not null ? FieldState.From(For, ViewContext)
            : FieldState.From(Name ?? throw new InvalidOperationException("Give the field either for= or name="), Value, ViewContext);
        var counted = MaxLength is not null;
        var infoId = f.Id + "-info";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GroupClass(f, counted ? "nhsuk-character-count" : ""));
        if (counted)
        {
            output.Attributes.SetAttribute("data-module", "nhsuk-character-count");
            output.Attributes.SetAttribute("data-maxlength", MaxLength);
        }
        output.Content.SetHtmlContent(
            $"""<label class="nhsuk-label" for="{f.Id}">{E(Label)}</label>""" + Hint(f, Hint) + ErrorMessage(f) +
            $"""<textarea class="nhsuk-textarea{(f.HasError ? " nhsuk-textarea--error" : "")}{(counted ? " nhsuk-js-character-count" : "")}" id="{f.Id}" name="{f.Name}" rows="{Rows}" """ +
            DescribedBy(f, Hint, counted ? [infoId] : []) + $">{E(f.Value)}</textarea>" +
            (counted ? $"""<div class="nhsuk-hint nhsuk-character-count__message" id="{infoId}">You can enter up to {MaxLength} characters</div>""" : ""));
    }
}
