using System.Text.Encodings.Web;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Infrastructure.TagHelpers;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IncLead.Web.Features.Responding;

/// <summary>
/// One statement on the stage page: its rating radios, guidance and comment box. After a failed post it is written in
/// full, with what the person sent and its errors. Otherwise it comes from a <see cref="StatementTemplate"/> made once
/// per cached stage, so a page of 49 statements is a few hundred ready-made strings and the person's own ratings and
/// comments, not 49 statements encoded afresh (issue 13, item 4).
/// </summary>
public static class StatementMarkup
{
    public static readonly IReadOnlyList<SelectListItem> Scale =
    [
        new("Undeveloped (0)", "0"), new("Developing (1)", "1"), new("Achieving (2)", "2"), new("Excelling (3)", "3"), new("Don't know", AnswerInput.DontKnowValue),
    ];

    public static string RatingName(int index) => $"Answers[{index}].Rating";

    public static string CommentName(int index) => $"Answers[{index}].Comment";

    /// <summary>The statement with this person's answer: from the template unless the page shows what a failed post sent.</summary>
    public static IHtmlContent For(StatementBlock s, AnswerInput answer, ViewContext view)
    {
        if (view.ViewData.ModelState.ErrorCount == 0) return new FromTemplate(s.Template, answer);
        var rating = FieldState.From(RatingName(s.Index), answer.Rating, view);
        return new Written(s, rating, ChoicesMarkup.Selected(rating, answer.Rating, view), FieldState.From(CommentName(s.Index), answer.Comment, view));
    }

    /// <summary>The statement's whole markup; <see cref="StatementTemplate"/> makes its template with this too.</summary>
    internal static void Write(TextWriter w, HtmlEncoder encoder, StatementBlock s, FieldState rating, IReadOnlySet<string> selected, FieldState comment)
    {
        w.Write("<div class=\"app-statement\" data-statement=\""); w.Write(s.StatementId); w.Write("\" id=\"statement-"); w.Write(s.StatementId);
        w.Write("\"><input type=\"hidden\" name=\"Answers["); w.Write(s.Index); w.Write("].StatementId\" value=\""); w.Write(s.StatementId); w.Write("\">");
        if (s.WordingToBeConfirmed) w.Write("<strong class=\"nhsuk-tag nhsuk-tag--yellow\">Wording to be confirmed</strong>");
        // Each statement is a heading under the factor's, so a screen reader can move statement by statement.
        new ChoicesMarkup(true, rating, selected, $"{s.Code} {s.Text}", Scale, null, true, "s", legendHeading: "h2").WriteTo(w, encoder);
        w.Write("<details class=\"nhsuk-details\"><summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">Guidance<span class=\"nhsuk-u-visually-hidden\"> for statement ");
        encoder.Encode(w, s.Code);
        w.Write("</span></span></summary><div class=\"nhsuk-details__text\"><p>"); encoder.Encode(w, s.Guidance);
        w.Write("</p><h3 class=\"nhsuk-heading-xs\">What good looks like</h3><p>"); encoder.Encode(w, s.WhatGoodLooksLike);
        w.Write("</p><h3 class=\"nhsuk-heading-xs\">A possible action</h3><p>"); encoder.Encode(w, s.SuggestedAction);
        w.Write("</p></div></details>");
        new TextareaMarkup(comment, "Comment (optional)", null, 3, Answer.CommentMaxLength).WriteTo(w, encoder);
        w.Write("</div>");
    }

    private sealed class Written(StatementBlock s, FieldState rating, IReadOnlySet<string> selected, FieldState comment) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder) => Write(writer, encoder, s, rating, selected, comment);
    }

    private sealed class FromTemplate(StatementTemplate template, AnswerInput answer) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder) => template.WriteTo(writer, encoder, answer.Rating, answer.Comment);
    }
}

/// <summary>
/// A statement's markup with no answer, cut where a rating's <c>checked</c> and the comment go. Razor's buffer keeps
/// the pieces as references, so writing a statement copies nothing until the page is sent.
/// </summary>
public sealed class StatementTemplate
{
    // Comes back unchanged from the encoder and cannot occur in a statement's text, which is encoded around it.
    private const string CommentSlot = "comment-slot-b6f1e0c2";

    private readonly string[] _pieces;
    // Before piece i+1: the rating value whose radio is checked there, or null for the comment.
    private readonly string?[] _slots;

    private StatementTemplate(string[] pieces, string?[] slots) => (_pieces, _slots) = (pieces, slots);

    public static StatementTemplate Of(StatementBlock s)
    {
        var encoder = HtmlEncoder.Default;
        var rating = new FieldState(StatementMarkup.RatingName(s.Index), TagBuilder.CreateSanitizedId(StatementMarkup.RatingName(s.Index), "-"), null, []);
        var comment = new FieldState(StatementMarkup.CommentName(s.Index), TagBuilder.CreateSanitizedId(StatementMarkup.CommentName(s.Index), "-"), CommentSlot, []);
        using var w = new StringWriter();
        StatementMarkup.Write(w, encoder, s, rating, new HashSet<string>(), comment);
        var html = w.ToString();

        var cuts = StatementMarkup.Scale
            .Select(item => (At: After(html, $"name=\"{encoder.Encode(rating.Name)}\" type=\"radio\" value=\"{encoder.Encode(item.Value)}\""), Slot: (string?)item.Value))
            .Append((At: After(html, CommentSlot) - CommentSlot.Length, Slot: null))
            .OrderBy(c => c.At).ToList();
        var pieces = new List<string>();
        var from = 0;
        foreach (var (at, slot) in cuts)
        {
            pieces.Add(html[from..at]);
            from = slot is null ? at + CommentSlot.Length : at;
        }
        pieces.Add(html[from..]);
        return new StatementTemplate([.. pieces], [.. cuts.Select(c => c.Slot)]);
    }

    private static int After(string html, string needle)
    {
        var at = html.IndexOf(needle, StringComparison.Ordinal);
        // Only if the fields' markup changed shape; the stage page tests fail on the first render.
        if (at < 0) throw new InvalidOperationException($"The statement template has no '{needle}'.");
        return at + needle.Length;
    }

    public void WriteTo(TextWriter w, HtmlEncoder encoder, string? rating, string? comment)
    {
        w.Write(_pieces[0]);
        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i] is not { } value) encoder.Encode(w, comment ?? "");
            else if (value == rating) w.Write(" checked");
            w.Write(_pieces[i + 1]);
        }
    }
}
