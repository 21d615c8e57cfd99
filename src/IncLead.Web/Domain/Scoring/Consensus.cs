namespace IncLead.Web.Domain.Scoring;

/// <summary>How far the board agrees on a statement, read from the interquartile range of its ratings.</summary>
public enum Consensus
{
    /// <summary>IQR below 1: the middle half of the board is within one scale point.</summary>
    Agreement = 0,

    /// <summary>IQR from 1 to below 2.</summary>
    Mixed = 1,

    /// <summary>IQR of 2 or more: the middle half of the board spans most of the scale.</summary>
    Divided = 2,
}

public static class ConsensusLevels
{
    public static Consensus? For(double? interquartileRange) => interquartileRange switch
    {
        null => null,
        < 1 => Consensus.Agreement,
        < 2 => Consensus.Mixed,
        _ => Consensus.Divided,
    };

    public static string Label(this Consensus consensus) => consensus switch
    {
        Consensus.Agreement => "Agreement",
        Consensus.Mixed => "Mixed views",
        _ => "Divided",
    };
}
