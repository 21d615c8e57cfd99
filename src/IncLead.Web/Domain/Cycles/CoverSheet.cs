namespace IncLead.Web.Domain.Cycles;

/// <summary>Why a paper comes to the board, in the words NHS board cover sheets use.</summary>
public enum PaperPurpose
{
    Approval,
    Assurance,
    Discussion,
    Information,
}

/// <summary>How much assurance the author offers the board on what the paper reports.</summary>
public enum AssuranceLevel
{
    Substantial,
    Reasonable,
    Limited,
    NoAssurance,
}

public static class CoverSheetText
{
    public static string Label(this PaperPurpose purpose) => purpose switch
    {
        PaperPurpose.Approval => "For approval",
        PaperPurpose.Assurance => "For assurance",
        PaperPurpose.Discussion => "For discussion",
        _ => "For information",
    };

    public static string Label(this AssuranceLevel level) => level switch
    {
        AssuranceLevel.Substantial => "Substantial",
        AssuranceLevel.Reasonable => "Reasonable",
        AssuranceLevel.Limited => "Limited",
        _ => "No assurance",
    };
}

/// <summary>
/// The board cover sheet of a cycle's pack, filled in by the equality lead before downloading it. One per cycle; until
/// it is saved the pack uses <see cref="Defaults"/>. Sign-off copies it into the snapshot, so the pack of a signed-off
/// cycle shows what was tabled even if the sheet is changed later.
/// </summary>
public sealed class CoverSheet : IOrganisationOwned
{
    public const int ShortMaxLength = 200;
    public const int AgendaItemMaxLength = 20;
    public const int LongMaxLength = 1000;
    public const int SummaryMaxLength = 4000;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int CycleId { get; private set; }
    public CoverSheetContent Content { get; private set; } = null!;
    public string UpdatedByName { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }

    private CoverSheet() { }

    public CoverSheet(int organisationId, int cycleId, CoverSheetContent content, string byName, DateTime now)
    {
        OrganisationId = organisationId;
        CycleId = cycleId;
        Update(content, byName, now);
    }

    public void Update(CoverSheetContent content, string byName, DateTime now)
    {
        Content = content;
        UpdatedByName = byName.Length > 256 ? byName[..256] : byName;
        UpdatedAt = now;
    }

    /// <summary>What a pack says before the equality lead has filled the sheet in: true of any cycle, nothing invented.</summary>
    public static CoverSheetContent Defaults(string cycleName) => new(
        "Trust Board (meeting held in public)", null, "", $"Inclusion leadership self-assessment {cycleName}", PaperPurpose.Assurance,
        "Equality, diversity and inclusion lead", "", "",
        $"The board is asked to note the results of the {cycleName} inclusion leadership self-assessment, confirm its agreed positions and support the action plan.",
        AssuranceLevel.Reasonable, "", "");
}

/// <summary>
/// The fields of a cover sheet. A record so it can be stored as owned columns and frozen as JSON in the sign-off snapshot
/// unchanged.
/// </summary>
public sealed record CoverSheetContent(
    string Meeting,
    DateTime? MeetingDate,
    string AgendaItem,
    string ReportTitle,
    PaperPurpose Purpose,
    string Author,
    string ExecutiveSponsor,
    string PreviouslyConsideredBy,
    string Recommendation,
    AssuranceLevel Assurance,
    string StrategicLinks,
    string Summary);
