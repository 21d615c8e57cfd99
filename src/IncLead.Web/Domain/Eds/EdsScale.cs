namespace IncLead.Web.Domain.Eds;

/// <summary>Both EDS versions grade each outcome 0 to 3 (Undeveloped, Developing, Achieving, Excelling).</summary>
public static class EdsScale
{
    public const int Lowest = 0;
    public const int Highest = 3;

    public static bool IsOnScale(int score) => score is >= Lowest and <= Highest;

    public static void Guard(int score)
    {
        if (!IsOnScale(score)) throw new ArgumentOutOfRangeException(nameof(score), score, $"EDS scores run from {Lowest} to {Highest}.");
    }
}
