using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static IncLead.Web.Infrastructure.TagHelpers.Html;

namespace IncLead.Web.Infrastructure.TagHelpers;

/// <summary>
/// NHS.UK radios (<c>&lt;nhs-radios&gt;</c>) or checkboxes (<c>&lt;nhs-checkboxes&gt;</c>) in a fieldset. The first
/// input's id is the field id, so the error summary's link lands on it.
/// </summary>
[HtmlTargetElement("nhs-radios", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("nhs-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
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

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var kind = context.TagName == "nhs-radios" ? "radios" : "checkboxes";
        var f = For is not null ? FieldState.From(For, ViewContext)
            : FieldState.From(Name ?? throw new InvalidOperationException("Give the field either for= or name="), Value, ViewContext);
        var selected = Selected(f);
        var items = Items.Select((item, i) =>
        {
            var id = i == 0 ? f.Id : $"{f.Id}-{i + 1}";
            var itemHintId = id + "-item-hint";
            var hasHint = !string.IsNullOrEmpty(item.Group?.Name);
            var isChecked = item.Selected || selected.Contains(item.Value);
            return $"""<div class="nhsuk-{kind}__item"><input class="nhsuk-{kind}__input" id="{id}" name="{f.Name}" type="{(kind == "radios" ? "radio" : "checkbox")}" value="{E(item.Value)}"{(isChecked ? " checked" : "")}{(hasHint ? $" aria-describedby=\"{itemHintId}\"" : "")}>""" +
                   $"""<label class="nhsuk-label nhsuk-{kind}__label" for="{id}">{E(item.Text)}</label>""" +
                   (hasHint ? $"""<div class="nhsuk-hint nhsuk-{kind}__hint" id="{itemHintId}">{E(item.Group!.Name)}</div>""" : "") + "</div>";
        });

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GroupClass(f));
        output.Content.SetHtmlContent(
            $"""<fieldset class="nhsuk-fieldset"{DescribedBy(f, Hint)}><legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--{E(LegendSize)}">{E(Legend)}</legend>""" +
            Html.Hint(f, Hint) + ErrorMessage(f) +
            $"""<div class="nhsuk-{kind}{(Inline ? $" nhsuk-{kind}--inline" : "")}" data-module="nhsuk-{kind}">{string.Concat(items)}</div></fieldset>""");
    }

    private HashSet<string> Selected(FieldState f)
    {
        if (ViewContext.ViewData.ModelState.TryGetValue(f.Name, out var entry) && entry.RawValue is not null)
            return entry.RawValue is string[] many ? [.. many] : [entry.AttemptedValue ?? ""];
        return (For is null ? Value : For.Model) switch
        {
            null => [],
            string s => [s],
            System.Collections.IEnumerable many => many.Cast<object>().Select(o => o.ToString() ?? "").ToHashSet(),
            var one => [one.ToString() ?? ""],
        };
    }
}
