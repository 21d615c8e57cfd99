namespace IncLead.Web.Domain.Frameworks;

/// <summary>
/// One imported version of a framework file. Immutable once imported: a corrected framework is a new version, and
/// trends match its items to earlier versions by code.
/// </summary>
public sealed class Framework
{
    public const int CodeMaxLength = 32;
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 4000;

    public int Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Version { get; private set; } = "";
    public FrameworkKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string Publisher { get; private set; } = "";
    public string Published { get; private set; } = "";
    public string Summary { get; private set; } = "";

    /// <summary>SHA-256 of the file, so a changed file under an old version number is noticed instead of silently loaded.</summary>
    public string ContentHash { get; private set; } = "";
    public DateTime ImportedAt { get; private set; }

    public List<Stage> Stages { get; private set; } = [];
    public List<EdsDomain> Domains { get; private set; } = [];
    public List<EdsGrade> Grades { get; private set; } = [];
    public List<CommunityEngagementCheck> CommunityEngagementChecks { get; private set; } = [];

    /// <summary>The sample board development session, for frameworks that ship one (IncLeaD).</summary>
    public BoardSessionTemplate? SessionTemplate { get; private set; }

    private Framework() { }

    public Framework(string code, string version, FrameworkKind kind, string title, string publisher, string published, string summary, string contentHash, DateTime importedAt)
    {
        Code = code;
        Version = version;
        Kind = kind;
        Title = title;
        Publisher = publisher;
        Published = published;
        Summary = summary;
        ContentHash = contentHash;
        ImportedAt = importedAt;
    }

    public void AttachSessionTemplate(BoardSessionTemplate template) => SessionTemplate = template;

    public string DisplayName => $"{Title} (version {Version})";
}

public enum FrameworkKind
{
    IncLead = 1,
    Eds2022 = 2,
    Eds2 = 3,
}
