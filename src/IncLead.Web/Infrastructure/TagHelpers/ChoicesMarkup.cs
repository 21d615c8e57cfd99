using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using static IncLead.Web.Infrastructure.TagHelpers.Html;

namespace IncLead.Web.Infrastructure.TagHelpers;

/// <summary>
/// NHS.UK radios or checkboxes in a fieldset, written straight to the page as it renders (no intermediate strings).
/// The first input's id is the field id, so the error summary's link lands on it. Used by <see cref="NhsChoicesTagHelper"/>
/// and, for the stage page's statements, by <see cref="Features.Responding.StatementMarkup"/>.
/// </summary>
internal sealed class ChoicesMarkup(bool radios, FieldState field, IReadOnlySet<string> selected, string legend, IEnumerable<SelectListItem> items,
    string? hint, bool inline, string legendSize, IReadOnlyDictionary<string, IHtmlContent>? reveals = null, string? legendHeading = null) : IHtmlContent
{
    public void WriteTo(TextWriter w, HtmlEncoder encoder)
    {
        var kind = radios ? "radios" : "checkboxes";
        w.Write("<div class=\""); w.Write(GroupClass(field));
        w.Write("\"><fieldset class=\"nhsuk-fieldset\""); w.Write(DescribedBy(field, hint));
        w.Write("><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--"); encoder.Encode(w, legendSize);
        w.Write("\">");
        // A legend that is also the heading of its part of the page (NHS.UK "legend as heading"), e.g. each statement.
        if (legendHeading is null) encoder.Encode(w, legend);
        else { w.Write('<'); w.Write(legendHeading); w.Write(" class=\"nhsuk-fieldset__heading\">"); encoder.Encode(w, legend); w.Write("</"); w.Write(legendHeading); w.Write('>'); }
        w.Write("</legend>");
        w.Write(Hint(field, hint)); w.Write(ErrorMessage(field));
        w.Write("<div class=\"nhsuk-"); w.Write(kind);
        if (inline) { w.Write(" nhsuk-"); w.Write(kind); w.Write("--inline"); }
        w.Write("\" data-module=\"nhsuk-"); w.Write(kind); w.Write("\">");
        var n = 0;
        var revealed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var id = n++ == 0 ? field.Id : $"{field.Id}-{n}";
            var itemHint = item.Group?.Name;
            w.Write("<div class=\"nhsuk-"); w.Write(kind); w.Write("__item\"><input class=\"nhsuk-"); w.Write(kind); w.Write("__input\" id=\""); w.Write(id);
            w.Write("\" name=\""); encoder.Encode(w, field.Name); w.Write(radios ? "\" type=\"radio\" value=\"" : "\" type=\"checkbox\" value=\"");
            encoder.Encode(w, item.Value); w.Write('"');
            var isChecked = item.Selected || selected.Contains(item.Value);
            if (isChecked) w.Write(" checked");
            IHtmlContent? reveal = null;
            if (reveals?.TryGetValue(item.Value, out reveal) == true && revealed.Add(item.Value)) { w.Write(" data-aria-controls=\"conditional-"); w.Write(id); w.Write('"'); }
            if (!string.IsNullOrEmpty(itemHint)) { w.Write(" aria-describedby=\""); w.Write(id); w.Write("-item-hint\""); }
            w.Write("><label class=\"nhsuk-label nhsuk-"); w.Write(kind); w.Write("__label\" for=\""); w.Write(id); w.Write("\">");
            encoder.Encode(w, item.Text); w.Write("</label>");
            if (!string.IsNullOrEmpty(itemHint))
            {
                w.Write("<div class=\"nhsuk-hint nhsuk-"); w.Write(kind); w.Write("__hint\" id=\""); w.Write(id); w.Write("-item-hint\">");
                encoder.Encode(w, itemHint); w.Write("</div>");
            }
            w.Write("</div>");
            if (reveal is not null)
            {
                // NHS.UK conditional reveal: hidden by the design system's script only, so without it the fields show.
                w.Write("<div class=\"nhsuk-"); w.Write(kind); w.Write("__conditional");
                if (!isChecked) { w.Write(" nhsuk-"); w.Write(kind); w.Write("__conditional--hidden"); }
                w.Write("\" id=\"conditional-"); w.Write(id); w.Write("\">");
                reveal.WriteTo(w, encoder);
                w.Write("</div>");
            }
        }
        w.Write("</div></fieldset>");
        // Fields whose choice is not offered now (evidence when "Done" cannot be chosen) still show, so what they hold
        // is posted back and kept rather than silently dropped.
        foreach (var (value, content) in reveals ?? new Dictionary<string, IHtmlContent>())
            if (!revealed.Contains(value)) content.WriteTo(w, encoder);
        w.Write("</div>");
    }

    /// <summary>The values to check: what was posted after a failed post, else the model's value or values.</summary>
    public static IReadOnlySet<string> Selected(FieldState field, object? model, ViewContext view)
    {
        if (view.ViewData.ModelState.TryGetValue(field.Name, out var entry) && entry.RawValue is not null)
            return entry.RawValue is string[] many ? many.ToHashSet() : new HashSet<string> { entry.AttemptedValue ?? "" };
        return model switch
        {
            null => new HashSet<string>(),
            string s => new HashSet<string> { s },
            System.Collections.IEnumerable many => many.Cast<object>().Select(o => o.ToString() ?? "").ToHashSet(),
            var one => new HashSet<string> { one.ToString() ?? "" },
        };
    }
}
