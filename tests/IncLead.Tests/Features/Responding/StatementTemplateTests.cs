using System.Text.Encodings.Web;
using IncLead.Web.Features.Responding;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace IncLead.Tests.Features.Responding;

/// <summary>
/// The stage page writes each statement from a template cut where the person's rating and comment go; after a failed
/// post it writes the statement in full. Both must give the same markup for every answer, or a board member would see
/// a different radio checked, or a comment lost, depending on how the page came to be drawn.
/// </summary>
public sealed class StatementTemplateTests
{
    private static readonly StatementBlock Statement = new(7, 4321, "2.3", "The board hears from staff networks & acts on \"what they say\"",
        "Ask for <the> minutes.", "Networks set part of the agenda.", "Invite a network chair.", WordingToBeConfirmed: true);

    public static TheoryData<string?, string?> Answers() => new()
    {
        { null, null }, { "0", "" }, { "1", "Plain words" }, { "2", "<script>alert('x')</script> & \"quotes\"" }, { "3", "Line one\nLine two" },
        { "dont-know", "comment-slot in the text" }, { "something else", null },
    };

    [Theory, MemberData(nameof(Answers))]
    public void The_template_writes_what_the_full_markup_writes(string? rating, string? comment)
    {
        var answer = new AnswerInput { StatementId = Statement.StatementId, Rating = rating, Comment = comment };

        var fromTemplate = Render(StatementMarkup.For(Statement, answer, View(withError: false)));
        var inFull = Render(StatementMarkup.For(Statement, answer, View(withError: true)));

        Assert.Equal(inFull, fromTemplate);
        Assert.Equal(rating is "0" or "1" or "2" or "3" or "dont-know" ? 1 : 0, CountOf(fromTemplate, " checked"));
        Assert.Contains($"name=\"Answers[7].Comment\"", fromTemplate);
        Assert.DoesNotContain("<script>", fromTemplate);
    }

    [Fact]
    public void The_checked_radio_is_the_rating_given()
    {
        var html = Render(StatementMarkup.For(Statement, new AnswerInput { StatementId = Statement.StatementId, Rating = "2" }, View(withError: false)));
        Assert.Contains("type=\"radio\" value=\"2\" checked>", html);
    }

    // An error on another field sends the page down the full path with the model's own values.
    private static ViewContext View(bool withError)
    {
        var state = new ModelStateDictionary();
        if (withError) state.AddModelError("Completed", "Choose yes or no");
        return new ViewContext { ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), state) };
    }

    private static string Render(IHtmlContent content)
    {
        using var w = new StringWriter();
        content.WriteTo(w, HtmlEncoder.Default);
        return w.ToString();
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
