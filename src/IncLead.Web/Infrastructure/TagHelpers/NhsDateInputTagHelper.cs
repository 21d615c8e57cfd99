using System.Globalization;
using IncLead.Web.Infrastructure.DateInput;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using static IncLead.Web.Infrastructure.TagHelpers.Html;

namespace IncLead.Web.Infrastructure.TagHelpers;

/// <summary>
/// <c>&lt;nhs-date-input for="Form.DueOn" legend="Due date" hint="For example, 31 3 2027" /&gt;</c>: the NHS.UK date
/// input (day, month, year), never the browser's own date picker. The property carries "yyyy-MM-dd" and is marked
/// <see cref="DateInputAttribute"/>; after a failed post the fields show what was typed and only the wrong ones are red.
/// The day field takes the field's id, so the error summary's link lands on it; a message about the month or year
/// alone links there instead (see <see cref="NhsErrorSummaryTagHelper"/>).
/// </summary>
[HtmlTargetElement("nhs-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsDateInputTagHelper : TagHelper
{
    public required ModelExpression For { get; set; }
    public required string Legend { get; set; }
    public string? Hint { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var f = FieldState.From(For, ViewContext);
        var state = ViewContext.ViewData.ModelState;
        var (day, month, year) = For.Model is DateOnly date ? Split(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : Split(f.Value);
        string? Typed(string part, string? fallback) => state.TryGetValue($"{f.Name}.{part}", out var e) && e.RawValue is not null ? e.AttemptedValue : fallback;
        bool Wrong(string part) => state.TryGetValue($"{f.Name}.{part}", out var e) && e.Errors.Count > 0;
        var anyPartMarked = Wrong(DateInputBinder.Day) || Wrong(DateInputBinder.Month) || Wrong(DateInputBinder.Year);

        string Item(string part, string id, string label, string? value, int width, string? autocomplete = null)
        {
            var error = f.HasError && (!anyPartMarked || Wrong(part)) ? " nhsuk-input--error" : "";
            return $"""<div class="nhsuk-date-input__item"><div class="nhsuk-form-group"><label class="nhsuk-label nhsuk-date-input__label" for="{id}">{label}</label>""" +
                   $"""<input class="nhsuk-input nhsuk-date-input__input nhsuk-input--width-{width}{error}" id="{id}" name="{E(f.Name)}.{part}" type="text" inputmode="numeric" value="{E(Typed(part, value))}"{(autocomplete is null ? "" : $" autocomplete=\"{autocomplete}\"")}></div></div>""";
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", GroupClass(f));
        output.Content.SetHtmlContent(
            $"""<fieldset class="nhsuk-fieldset" role="group"{DescribedBy(f, Hint)}><legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{E(Legend)}</legend>""" +
            Hint(f, Hint) + ErrorMessage(f) +
            $"""<div class="nhsuk-date-input" id="{f.Id}-group">""" +
            Item(DateInputBinder.Day, f.Id, "Day", day, 2) +
            Item(DateInputBinder.Month, f.Id + "-month", "Month", month, 2) +
            Item(DateInputBinder.Year, f.Id + "-year", "Year", year, 4) +
            "</div></fieldset>");
    }

    /// <summary>The id the error summary should link to for a date field: the first part that is wrong, else the day.</summary>
    public static string FirstWrongPartId(string name, string id, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state)
    {
        if (HasMark(state, $"{name}.{DateInputBinder.Day}")) return id;
        if (HasMark(state, $"{name}.{DateInputBinder.Month}")) return id + "-month";
        if (HasMark(state, $"{name}.{DateInputBinder.Year}")) return id + "-year";
        return id;
    }

    private static bool HasMark(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var e) && e.Errors.Count > 0;

    private static (string? Day, string? Month, string? Year) Split(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? (d.Day.ToString(CultureInfo.InvariantCulture), d.Month.ToString(CultureInfo.InvariantCulture), d.Year.ToString(CultureInfo.InvariantCulture))
            : (null, null, null);
}
