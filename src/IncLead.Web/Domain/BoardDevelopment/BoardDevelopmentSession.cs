namespace IncLead.Web.Domain.BoardDevelopment;

/// <summary>
/// A board development session on inclusion (toolkit stage 1): planned from the toolkit's sample agenda and
/// learning objectives, then held, with who attended and what came out of it. The lists are small and always read
/// whole, so they are stored with the session rather than in tables of their own.
/// </summary>
public sealed class BoardDevelopmentSession : IOrganisationOwned
{
    public const int TitleMaxLength = 200;
    public const int VenueMaxLength = 200;
    public const int LineMaxLength = 500;
    public const int OutcomesMaxLength = 4000;
    public const int MaxLines = 12;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Title { get; private set; } = "";
    public DateTime HeldOn { get; private set; }
    public string? Venue { get; private set; }
    public string? Facilitator { get; private set; }
    public List<string> Aims { get; private set; } = [];
    public List<AgendaItem> Agenda { get; private set; } = [];
    public List<string> LearningObjectives { get; private set; } = [];
    public List<string> AttendeeUserIds { get; private set; } = [];
    public string? Outcomes { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedByName { get; private set; } = "";
    public Guid Version { get; private set; }

    private BoardDevelopmentSession() { }

    public BoardDevelopmentSession(int organisationId, DateTime now)
    {
        OrganisationId = organisationId;
        CreatedAt = now;
    }

    public int TotalMinutes => Agenda.Sum(a => a.Minutes);

    public bool HeldBy(DateTime now) => HeldOn.Date <= now.Date;

    public void Plan(string title, DateTime heldOn, string? venue, string? facilitator, IEnumerable<string> aims, IEnumerable<AgendaItem> agenda,
        IEnumerable<string> learningObjectives, string byName, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException("A session needs a title.", nameof(title));
        var items = agenda.ToList();
        if (items.Count == 0) throw new ArgumentException("A session needs at least one agenda item.", nameof(agenda));
        Title = title.Trim();
        HeldOn = DateTime.SpecifyKind(heldOn.Date, DateTimeKind.Utc);
        Venue = Blank(venue);
        Facilitator = Blank(facilitator);
        Aims = Lines(aims);
        Agenda = items;
        LearningObjectives = Lines(learningObjectives);
        Touch(byName, now);
    }

    public void Record(IEnumerable<string> attendeeUserIds, string? outcomes, string byName, DateTime now)
    {
        AttendeeUserIds = [.. attendeeUserIds.Distinct(StringComparer.Ordinal)];
        Outcomes = Blank(outcomes);
        Touch(byName, now);
    }

    private void Touch(string byName, DateTime now)
    {
        UpdatedByName = byName.Length > 256 ? byName[..256] : byName;
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    private static List<string> Lines(IEnumerable<string> lines) => [.. lines.Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
