using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace IncLead.Web.Infrastructure.TagHelpers;

/// <summary>What an NHS.UK form field needs to know about its model property: name, id, current value and errors.</summary>
internal sealed record FieldState(string Name, string Id, string? Value, IReadOnlyList<string> Errors)
{
    public bool HasError => Errors.Count > 0;
    public string ErrorId => Id + "-error";
    public string HintId => Id + "-hint";

    /// <summary>
    /// From an explicit field name and value: for fields rendered in a loop, where a model expression per field would
    /// compile an expression tree on every render (measured: most of a 20-statement stage page's time).
    /// </summary>
    public static FieldState From(string name, object? value, ViewContext view)
    {
        var id = TagBuilder.CreateSanitizedId(name, "-");
        var errors = view.ViewData.ModelState.TryGetValue(name, out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList()
            : [];
        return new FieldState(name, id, entry?.AttemptedValue ?? FormatValue(value), errors);
    }

    public static FieldState From(ModelExpression expression, ViewContext view)
    {
        var name = view.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        var id = TagBuilder.CreateSanitizedId(name, "-");
        var errors = view.ViewData.ModelState.TryGetValue(name, out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage).Where(m => m.Length > 0).ToList()
            : [];
        // After a failed post, show what the person typed rather than the model's value.
        var attempted = entry?.AttemptedValue;
        var value = attempted ?? FormatValue(expression.Model);
        return new FieldState(name, id, value, errors);
    }

    private static string? FormatValue(object? model) => model switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => model.ToString(),
    };
}
