using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IncLead.Web.Infrastructure.TagHelpers;

/// <summary>An NHS.UK textarea; with <c>max-length</c> it becomes a character count (see <see cref="TextareaMarkup"/>).</summary>
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
        output.TagName = null;
        output.Content.SetHtmlContent(new TextareaMarkup(f, Label, Hint, Rows, MaxLength));
    }
}
