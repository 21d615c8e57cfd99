using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IncLead.Web.Infrastructure.TagHelpers;

/// <summary>
/// The NHS.UK radios and textarea as HTML helpers, for fields rendered many times in a loop (the stage page has twenty
/// statements): the same markup as the tag helpers without a tag helper's buffers per field, which was a large part
/// of the stage page's time under issue 3's load test.
/// </summary>
public static class NhsFields
{
    public static IHtmlContent Radios(this IHtmlHelper html, string name, object? value, string legend, IEnumerable<SelectListItem> items, bool inline = false)
    {
        var field = FieldState.From(name, value, html.ViewContext);
        return new ChoicesMarkup(true, field, ChoicesMarkup.Selected(field, value, html.ViewContext), legend, items, null, inline, "s");
    }

    public static IHtmlContent Textarea(this IHtmlHelper html, string name, object? value, string label, int rows, int? maxLength = null) =>
        new TextareaMarkup(FieldState.From(name, value, html.ViewContext), label, null, rows, maxLength);
}
