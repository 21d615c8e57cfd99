using IncLead.Web.Domain.Scoring;

namespace IncLead.Web.Domain.Cycles;

/// <summary>
/// A respondent's answer to one statement in one cycle. A comment may be saved before a rating is chosen, so the
/// rating is optional; "don't know" is a rating of its own and never counts as a score.
/// </summary>
public sealed class Answer : IOrganisationOwned
{
    public const int CommentMaxLength = 2000;

    public long Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int CycleId { get; private set; }
    public int RespondentId { get; private set; }
    public int StatementId { get; private set; }
    public Rating? Rating { get; private set; }
    public string? Comment { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    private Answer() { }

    public Answer(int organisationId, int cycleId, int respondentId, int statementId, Rating? rating, string? comment, DateTime now)
    {
        OrganisationId = organisationId;
        CycleId = cycleId;
        RespondentId = respondentId;
        StatementId = statementId;
        Change(rating, comment, now);
    }

    public bool IsGiven => Rating is not null || !string.IsNullOrWhiteSpace(Comment);

    public void Change(Rating? rating, string? comment, DateTime now)
    {
        if (rating is { } r && !Enum.IsDefined(r)) throw new ArgumentOutOfRangeException(nameof(rating), "Not a point on the scale.");
        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (trimmed?.Length > CommentMaxLength) throw new ArgumentException($"A comment can be at most {CommentMaxLength} characters.", nameof(comment));
        Rating = rating;
        Comment = trimmed;
        UpdatedAt = now;
    }
}
