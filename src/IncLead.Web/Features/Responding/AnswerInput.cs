using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Scoring;

namespace IncLead.Web.Features.Responding;

/// <summary>One statement's answer as posted, by the whole-page form or by autosave. The rating arrives as text: 0–3 or "dont-know".</summary>
public sealed class AnswerInput
{
    public int StatementId { get; set; }
    public string? Rating { get; set; }
    public string? Comment { get; set; }

    public const string DontKnowValue = "dont-know";
    public const string RatingError = "Choose Undeveloped, Developing, Achieving, Excelling or Don't know";
    public static readonly string CommentError = $"Your comment must be {Answer.CommentMaxLength:N0} characters or fewer";

    public static bool TryParseRating(string? text, out Rating? rating)
    {
        rating = null;
        if (string.IsNullOrEmpty(text)) return true;
        rating = text switch
        {
            "0" => Domain.Scoring.Rating.Undeveloped,
            "1" => Domain.Scoring.Rating.Developing,
            "2" => Domain.Scoring.Rating.Achieving,
            "3" => Domain.Scoring.Rating.Excelling,
            DontKnowValue => Domain.Scoring.Rating.DontKnow,
            _ => null,
        };
        return rating is not null;
    }

    public static string? Format(Rating? rating) => rating switch
    {
        null => null,
        Domain.Scoring.Rating.DontKnow => DontKnowValue,
        { } r => ((int)r).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static string? NormalisedComment(string? comment) =>
        string.IsNullOrWhiteSpace(comment) ? null : comment.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}

/// <summary>What a factor page posts without JavaScript: every answer on the page, whether the stage is finished, and where to go next.</summary>
public sealed class FactorForm
{
    public List<AnswerInput> Answers { get; set; } = [];

    /// <summary>"yes" marks the stage complete, "no" undoes it; empty leaves it as it is.</summary>
    public string? Completed { get; set; }

    /// <summary>"stages" goes back to the list of stages; otherwise on to the next factor, or back to the list after the last.</summary>
    public string? Then { get; set; }
}
