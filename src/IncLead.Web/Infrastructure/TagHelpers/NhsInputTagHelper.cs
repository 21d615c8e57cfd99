using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static IncLead.Web.Infrastructure.TagHelpers.Html;

namespace IncLead.Web.Infrastructure.TagHelpers;

/// <summary><c>&lt;nhs-input for="Email" label="Email address" type="email" autocomplete="email" /&gt;</c>: an NHS.UK text input with its label, hint and error.</summary>
[HtmlTargetElement("nhs-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsInputTagHelper : TagHelper
{
    public required ModelExpression For { get; set; }
    public required string Label { get; set; }
    public string? Hint { get; set; }
    public string Type { get; set; } = "text";
    public string? Autocomplete { get; set; }
    public string? InputMode { get; set; }
    public string? Width { get; set; }
    public bool LabelIsPageHeading { get; set; }
    public bool Spellcheck { get; set; } = true;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var f = FieldState.From(For, ViewContext);
        var width = Width is null ? "" : $" nhsuk-input--width-{Width}";
        var error = f.HasError ? " nhsuk-input--error" : "";
        var value = Type == "password" ? "" : $""" value="{E(f.Value)}" """;
        var label = $"""<label class="nhsuk-label{(LabelIsPageHeading ? " nhsuk-label--l" : "")}" for="{f.Id}">{E(Label)}</label>""";
        if (LabelIsPageHeading) label = $"""<h1 class="nhsuk-label-wrapper">{label}</h1>""";

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GroupClass(f));
        output.Content.SetHtmlContent(
            label + Hint(f, Hint) + ErrorMessage(f) +
            $"""<input class="nhsuk-input{width}{error}" id="{f.Id}" name="{f.Name}" type="{E(Type)}"{value}""" +
            (Autocomplete is null ? "" : $""" autocomplete="{E(Autocomplete)}" """) +
            (InputMode is null ? "" : $""" inputmode="{E(InputMode)}" """) +
            (Spellcheck ? "" : """ spellcheck="false" """) +
            DescribedBy(f, Hint) + ">");
    }
}
