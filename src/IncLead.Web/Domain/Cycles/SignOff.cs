namespace IncLead.Web.Domain.Cycles;

/// <summary>
/// The board's sign-off of a closed cycle, with a frozen snapshot of its results and agreed positions. Append-only:
/// a correction is a new version with its reason, and earlier versions stay exactly as they were.
/// </summary>
public sealed class SignOff : IOrganisationOwned
{
    public const int MinuteReferenceMaxLength = 100;
    public const int ReasonMaxLength = 2000;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int CycleId { get; private set; }
    public int Version { get; private set; }
    public DateTime MeetingDate { get; private set; }
    public string MinuteReference { get; private set; } = "";
    public string? CorrectionReason { get; private set; }
    public DateTime SignedOffAt { get; private set; }
    public string SignedOffByUserId { get; private set; } = "";
    public string SignedOffByName { get; private set; } = "";

    /// <summary>JSON of the results and agreed positions as they stood at sign-off; reports read this, not live data.</summary>
    public string Snapshot { get; private set; } = "";

    private SignOff() { }

    public SignOff(int organisationId, int cycleId, int version, DateTime meetingDate, string minuteReference, string? correctionReason,
        string byUserId, string byName, string snapshot, DateTime now)
    {
        if (version > 1 && string.IsNullOrWhiteSpace(correctionReason)) throw new ArgumentException("A correction needs a reason.", nameof(correctionReason));
        OrganisationId = organisationId;
        CycleId = cycleId;
        Version = version;
        MeetingDate = DateTime.SpecifyKind(meetingDate.Date, DateTimeKind.Utc);
        MinuteReference = minuteReference.Trim();
        CorrectionReason = string.IsNullOrWhiteSpace(correctionReason) ? null : correctionReason.Trim();
        SignedOffByUserId = byUserId;
        SignedOffByName = byName.Length > 256 ? byName[..256] : byName;
        Snapshot = snapshot;
        SignedOffAt = now;
    }
}
