namespace IncLead.Web.Domain.Benchmarking;

/// <summary>
/// One benchmark figure: the spread of one stage's or statement's means across the organisations of one peer group
/// using one framework version. Belongs to no organisation and names none; only ever stored for
/// <see cref="MinimumContributors"/> or more organisations, so a figure from fewer does not exist to leak.
/// </summary>
public sealed class BenchmarkFigure
{
    public const int MinimumContributors = 5;
    public const int KeyMaxLength = 40;

    public int Id { get; private set; }
    public int FrameworkId { get; private set; }
    public PeerGroup PeerGroup { get; private set; }
    public string Key { get; private set; } = "";
    public int Contributors { get; private set; }
    public double LowerQuartile { get; private set; }
    public double Median { get; private set; }
    public double UpperQuartile { get; private set; }
    public DateTime ComputedAt { get; private set; }

    private BenchmarkFigure() { }

    public BenchmarkFigure(int frameworkId, PeerGroup peerGroup, string key, int contributors, double lowerQuartile, double median, double upperQuartile, DateTime now)
    {
        if (contributors < MinimumContributors) throw new ArgumentOutOfRangeException(nameof(contributors), "A benchmark figure needs at least five organisations.");
        FrameworkId = frameworkId;
        PeerGroup = peerGroup;
        Key = key;
        Contributors = contributors;
        LowerQuartile = lowerQuartile;
        Median = median;
        UpperQuartile = upperQuartile;
        ComputedAt = now;
    }

    public static string StageKey(string code) => "stage:" + code;
    public static string StatementKey(string code) => "statement:" + code;
}
