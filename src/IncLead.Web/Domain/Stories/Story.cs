namespace IncLead.Web.Domain.Stories;

/// <summary>
/// A lived-experience story: the toolkit asks boards to hear "directly related stories about experiences rather than
/// facts and figures". Nobody's story goes beyond the equality lead without recorded consent. Several people may
/// edit one, so every change takes a new <see cref="Version"/> and a stale save is refused, never applied.
/// </summary>
public sealed class Story : IOrganisationOwned
{
    public const int TitleMaxLength = 200;
    public const int NarrativeMaxLength = 8000;
    public const int ConsentNoteMaxLength = 1000;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Title { get; private set; } = "";
    public string Narrative { get; private set; } = "";
    public StoryVoice Voice { get; private set; }
    public StoryVisibility Visibility { get; private set; }
    public bool Anonymised { get; private set; }

    public DateTime? ConsentRecordedAt { get; private set; }
    public string? ConsentRecordedByUserId { get; private set; }
    public string? ConsentRecordedByName { get; private set; }
    public string? ConsentNote { get; private set; }

    public int? StageNumber { get; private set; }
    public ProtectedCharacteristics Characteristics { get; private set; }
    public int? EdsOutcomeId { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public string CreatedByUserId { get; private set; } = "";
    public string CreatedByName { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedByName { get; private set; } = "";
    public Guid Version { get; private set; }

    private Story() { }

    public Story(int organisationId, string byUserId, string byName, DateTime now)
    {
        OrganisationId = organisationId;
        CreatedByUserId = byUserId;
        CreatedByName = Cut(byName, 256);
        CreatedAt = now;
        Visibility = StoryVisibility.EqualityLeadOnly;
    }

    public bool HasConsent => ConsentRecordedAt is not null;

    /// <summary>Why a story cannot have this visibility, or null when it can.</summary>
    public static string? VisibilityProblem(StoryVisibility visibility, bool consent) =>
        !Enum.IsDefined(visibility) ? "Choose who can read the story"
        : visibility != StoryVisibility.EqualityLeadOnly && !consent ? "Record the person's consent before sharing the story beyond the equality lead"
        : null;

    public void Tell(string title, string narrative, StoryVoice voice, bool anonymised, int? stageNumber, ProtectedCharacteristics characteristics, int? edsOutcomeId, string byName, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(narrative)) throw new ArgumentException("A story needs a title and a narrative.", nameof(title));
        if (!Enum.IsDefined(voice)) throw new ArgumentOutOfRangeException(nameof(voice));
        Title = Cut(title.Trim(), TitleMaxLength);
        Narrative = Cut(narrative.Trim(), NarrativeMaxLength);
        Voice = voice;
        Anonymised = anonymised;
        StageNumber = stageNumber;
        Characteristics = characteristics;
        EdsOutcomeId = edsOutcomeId;
        Touch(byName, now);
    }

    /// <summary>Records consent (keeping the first record of who and when), or withdraws it, which makes the story private again.</summary>
    public void SetConsent(bool given, string? note, string byUserId, string byName, DateTime now)
    {
        if (given && !HasConsent)
        {
            ConsentRecordedAt = now;
            ConsentRecordedByUserId = byUserId;
            ConsentRecordedByName = Cut(byName, 256);
        }
        if (!given)
        {
            ConsentRecordedAt = null;
            ConsentRecordedByUserId = null;
            ConsentRecordedByName = null;
            Visibility = StoryVisibility.EqualityLeadOnly;
        }
        ConsentNote = string.IsNullOrWhiteSpace(note) ? null : Cut(note.Trim(), ConsentNoteMaxLength);
        Touch(byName, now);
    }

    public void Share(StoryVisibility visibility, string byName, DateTime now)
    {
        if (VisibilityProblem(visibility, HasConsent) is { } problem) throw new InvalidOperationException(problem);
        Visibility = visibility;
        Touch(byName, now);
    }

    private void Touch(string byName, DateTime now)
    {
        UpdatedByName = Cut(byName, 256);
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
