namespace IncLead.Web.Domain.Eds;

/// <summary>Where the organisation has got to with one item of the toolkit's community engagement check list (Stage 5).</summary>
public sealed class EngagementCheckProgress : IOrganisationOwned
{
    public const int EvidenceMaxLength = 2000;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int AssessmentId { get; private set; }
    public int CheckId { get; private set; }
    public EngagementCheckStatus Status { get; private set; }
    public string Evidence { get; private set; } = "";
    public DateTime? DoneOn { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedByName { get; private set; } = "";

    private EngagementCheckProgress() { }

    public EngagementCheckProgress(int organisationId, int assessmentId, int checkId)
    {
        OrganisationId = organisationId;
        AssessmentId = assessmentId;
        CheckId = checkId;
    }

    public void Record(EngagementCheckStatus status, string? evidence, DateTime? doneOn, string byName, DateTime now)
    {
        Status = status;
        Evidence = evidence?.Trim() ?? "";
        DoneOn = doneOn is { } d ? DateTime.SpecifyKind(d.Date, DateTimeKind.Utc) : null;
        UpdatedByName = byName.Length > 256 ? byName[..256] : byName;
        UpdatedAt = now;
    }
}

public enum EngagementCheckStatus
{
    NotStarted = 0,
    InProgress = 1,
    Done = 2,
    NotApplicable = 3,
}

/// <summary>
/// An engagement event in the EDS assessment: a workshop, a grading event, a meeting with a community group. The
/// board members present are people of the organisation; the groups reached are free text, as communities name themselves.
/// </summary>
public sealed class EngagementEvent : IOrganisationOwned
{
    public const int TitleMaxLength = 200;
    public const int GroupsMaxLength = 1000;
    public const int NotesMaxLength = 2000;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int AssessmentId { get; private set; }
    public DateTime HeldOn { get; private set; }
    public EngagementKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string GroupsReached { get; private set; } = "";
    public string ProtectedCharacteristics { get; private set; } = "";
    public DateTime? FeedbackGivenOn { get; private set; }
    public string Notes { get; private set; } = "";
    public List<EngagementAttendee> BoardMembersPresent { get; private set; } = [];
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedByName { get; private set; } = "";

    private EngagementEvent() { }

    public EngagementEvent(int organisationId, int assessmentId)
    {
        OrganisationId = organisationId;
        AssessmentId = assessmentId;
    }

    public void Describe(DateTime heldOn, EngagementKind kind, string title, string groupsReached, IEnumerable<string> protectedCharacteristics,
        IEnumerable<string> boardMemberUserIds, DateTime? feedbackGivenOn, string? notes, string byName, DateTime now)
    {
        if (feedbackGivenOn is { } f && f.Date < heldOn.Date) throw new ArgumentException("Feedback cannot be given before the event.", nameof(feedbackGivenOn));
        HeldOn = DateTime.SpecifyKind(heldOn.Date, DateTimeKind.Utc);
        Kind = kind;
        Title = title.Trim();
        GroupsReached = groupsReached.Trim();
        ProtectedCharacteristics = EqualityGroups.Join(protectedCharacteristics, EqualityGroups.ProtectedCharacteristics);
        FeedbackGivenOn = feedbackGivenOn is { } g ? DateTime.SpecifyKind(g.Date, DateTimeKind.Utc) : null;
        Notes = notes?.Trim() ?? "";
        var wanted = boardMemberUserIds.ToHashSet(StringComparer.Ordinal);
        BoardMembersPresent.RemoveAll(a => !wanted.Contains(a.UserId));
        BoardMembersPresent.AddRange(wanted.Where(u => BoardMembersPresent.All(a => a.UserId != u)).Select(u => new EngagementAttendee(u)));
        UpdatedByName = byName.Length > 256 ? byName[..256] : byName;
        UpdatedAt = now;
    }
}

public enum EngagementKind
{
    Workshop = 1,
    GradingEvent = 2,
    FocusGroup = 3,
    Survey = 4,
    CommunityMeeting = 5,
    Other = 6,
}

public sealed class EngagementAttendee
{
    public int Id { get; private set; }
    public int EventId { get; private set; }
    public string UserId { get; private set; } = "";

    private EngagementAttendee() { }

    public EngagementAttendee(string userId) => UserId = userId;
}
