using System.Text.Encodings.Web;

namespace IncLead.Web.Infrastructure.TagHelpers;

internal static class Html
{
    public static string E(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    public static string ErrorMessage(FieldState field) => field.HasError
        ? $"""<span class="nhsuk-error-message" id="{field.ErrorId}"><span class="nhsuk-u-visually-hidden">Error: </span>{E(string.Join(" ", field.Errors))}</span>"""
        : "";

    public static string Hint(FieldState field, string? hint) =>
        string.IsNullOrEmpty(hint) ? "" : $"""<div class="nhsuk-hint" id="{field.HintId}">{E(hint)}</div>""";

    public static string DescribedBy(FieldState field, string? hint, params string[] more)
    {
        var ids = new List<string>();
        if (!string.IsNullOrEmpty(hint)) ids.Add(field.HintId);
        ids.AddRange(more);
        if (field.HasError) ids.Add(field.ErrorId);
        return ids.Count == 0 ? "" : $""" aria-describedby="{string.Join(' ', ids)}" """;
    }

    public static string GroupClass(FieldState field, string extra = "") =>
        "nhsuk-form-group" + (field.HasError ? " nhsuk-form-group--error" : "") + (extra.Length > 0 ? " " + extra : "");
}
