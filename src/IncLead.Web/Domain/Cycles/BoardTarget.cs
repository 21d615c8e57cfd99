namespace IncLead.Web.Domain.Cycles;

/// <summary>
/// A level the board set itself, at a cycle's sign-off, for a stage (or one chosen statement) in the next cycle.
/// Kept by code, not by id, so a target still finds its stage or statement when the next cycle uses a newer framework
/// version with the same codes.
/// </summary>
public sealed class BoardTarget : IOrganisationOwned
{
    public const double Lowest = 0, Highest = 3;
    public const int CodeMaxLength = 20;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }

    /// <summary>The cycle whose sign-off set the target; it applies to the cycle after it.</summary>
    public int CycleId { get; private set; }
    public string StageCode { get; private set; } = "";

    /// <summary>Null for a stage target.</summary>
    public string? StatementCode { get; private set; }
    public double Level { get; private set; }
    public DateTime SetAt { get; private set; }
    public string SetByName { get; private set; } = "";

    private BoardTarget() { }

    public BoardTarget(int organisationId, int cycleId, string stageCode, string? statementCode, double level, string byName, DateTime now)
    {
        OrganisationId = organisationId;
        CycleId = cycleId;
        StageCode = stageCode;
        StatementCode = statementCode;
        Change(level, byName, now);
    }

    public static bool OnScale(double level) => level is >= Lowest and <= Highest;

    public void Change(double level, string byName, DateTime now)
    {
        if (!OnScale(level)) throw new ArgumentOutOfRangeException(nameof(level), "A target must be on the scale from 0 to 3.");
        Level = Math.Round(level, 1);
        SetByName = byName.Length > 256 ? byName[..256] : byName;
        SetAt = now;
    }
}
