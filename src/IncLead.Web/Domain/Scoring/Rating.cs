namespace IncLead.Web.Domain.Scoring;

/// <summary>The four-level scale shared with the EDS, plus "don't know". The numbers are the scores; don't know has none.</summary>
public enum Rating
{
    Undeveloped = 0,
    Developing = 1,
    Achieving = 2,
    Excelling = 3,

    // Far from the scale so it can never be mistaken for a score in a sum or a comparison.
    DontKnow = 9,
}

public static class RatingScale
{
    public static readonly IReadOnlyList<Rating> Points = [Rating.Undeveloped, Rating.Developing, Rating.Achieving, Rating.Excelling];

    public static int? Score(this Rating rating) => rating == Rating.DontKnow ? null : (int)rating;

    public static string Label(this Rating rating) => rating switch
    {
        Rating.Undeveloped => "Undeveloped",
        Rating.Developing => "Developing",
        Rating.Achieving => "Achieving",
        Rating.Excelling => "Excelling",
        Rating.DontKnow => "Don't know",
        _ => rating.ToString(),
    };

    public static string Description(this Rating rating) => rating switch
    {
        Rating.Undeveloped => "Score 0: little or nothing is in place yet",
        Rating.Developing => "Score 1: some work is under way but it is not consistent",
        Rating.Achieving => "Score 2: this is in place and working",
        Rating.Excelling => "Score 3: this is in place, working well and improving others",
        _ => "You do not have enough knowledge to rate this",
    };
}
