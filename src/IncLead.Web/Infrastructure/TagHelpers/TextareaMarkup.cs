using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using static IncLead.Web.Infrastructure.TagHelpers.Html;

namespace IncLead.Web.Infrastructure.TagHelpers;

/// <summary>
/// An NHS.UK textarea, written straight to the page; with a maximum length it becomes a character count. Used by
/// <see cref="NhsTextareaTagHelper"/> and, for the stage page's statements, by <see cref="Features.Responding.StatementMarkup"/>.
/// </summary>
internal sealed class TextareaMarkup(FieldState field, string label, string? hint, int rows, int? maxLength) : IHtmlContent
{
    public void WriteTo(TextWriter w, HtmlEncoder encoder)
    {
        var counted = maxLength is not null;
        var infoId = field.Id + "-info";
        w.Write("<div class=\""); w.Write(GroupClass(field, counted ? "nhsuk-character-count" : "")); w.Write('"');
        if (counted) { w.Write(" data-module=\"nhsuk-character-count\" data-maxlength=\""); w.Write(maxLength); w.Write('"'); }
        w.Write("><label class=\"nhsuk-label\" for=\""); w.Write(field.Id); w.Write("\">"); encoder.Encode(w, label); w.Write("</label>");
        w.Write(Hint(field, hint)); w.Write(ErrorMessage(field));
        w.Write("<textarea class=\"nhsuk-textarea");
        if (field.HasError) w.Write(" nhsuk-textarea--error");
        if (counted) w.Write(" nhsuk-js-character-count");
        w.Write("\" id=\""); w.Write(field.Id); w.Write("\" name=\""); encoder.Encode(w, field.Name); w.Write("\" rows=\""); w.Write(rows); w.Write("\" ");
        w.Write(DescribedBy(field, hint, counted ? [infoId] : [])); w.Write('>'); encoder.Encode(w, field.Value ?? ""); w.Write("</textarea>");
        if (counted) { w.Write("<div class=\"nhsuk-hint nhsuk-character-count__message\" id=\""); w.Write(infoId); w.Write("\">You can enter up to "); w.Write(maxLength); w.Write(" characters</div>"); }
        w.Write("</div>");
    }
}
