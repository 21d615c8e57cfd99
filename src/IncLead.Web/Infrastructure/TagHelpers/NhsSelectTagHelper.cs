using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static IncLead.Web.Infrastructure.TagHelpers.Html;

namespace IncLead.Web.Infrastructure.TagHelpers;

/// <summary><c>&lt;nhs-select for="OwnerUserId" label="Owner" items="Model.Members" /&gt;</c>: an NHS.UK select with its label, hint and error.</summary>
[HtmlTargetElement("nhs-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsSelectTagHelper : TagHelper
{
    public required ModelExpression For { get; set; }
    public required string Label { get; set; }
    public required IEnumerable<SelectListItem> Items { get; set; }
    public string? Hint { get; set; }

    /// <summary>Text of a first, empty option (such as "Choose an owner"); none when null.</summary>
    public string? Placeholder { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var f = FieldState.From(For, ViewContext);
        var options = Items.Select(i => $"""<option value="{E(i.Value)}"{(i.Selected || i.Value == f.Value ? " selected" : "")}>{E(i.Text)}</option>""");
        var placeholder = Placeholder is null ? "" : $"""<option value="">{E(Placeholder)}</option>""";
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GroupClass(f));
        output.Content.SetHtmlContent(
            $"""<label class="nhsuk-label" for="{f.Id}">{E(Label)}</label>""" + Hint(f, Hint) + ErrorMessage(f) +
            $"""<select class="nhsuk-select{(f.HasError ? " nhsuk-select--error" : "")}" id="{f.Id}" name="{f.Name}"{DescribedBy(f, Hint)}>""" +
            placeholder + string.Concat(options) + "</select>");
    }
}
