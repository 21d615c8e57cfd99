namespace IncLead.Web.Domain.Eds;

/// <summary>
/// Something that shows how people fare on an outcome: a report, a survey, minutes. A link, an uploaded file, or
/// both. The file's bytes live in <see cref="EvidenceFile"/> so that lists of evidence stay cheap to read.
/// </summary>
public sealed class EvidenceItem : IOrganisationOwned
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 2000;
    public const int LinkMaxLength = 2000;
    public const int OwnerMaxLength = 200;
    public const int FileNameMaxLength = 200;
    public const int TagsMaxLength = 1000;
    public const long MaxFileBytes = 10 * 1024 * 1024;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int AssessmentId { get; private set; }
    public int OutcomeId { get; private set; }
    public string Title { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string? Link { get; private set; }
    public DateTime EvidenceDate { get; private set; }
    public string Owner { get; private set; } = "";

    /// <summary>Keys from <see cref="EqualityGroups"/>, space-separated.</summary>
    public string ProtectedCharacteristics { get; private set; } = "";
    public string HealthInclusionGroups { get; private set; } = "";

    /// <summary>Only public evidence may appear on the published summary; the rest stays inside the organisation and its panel.</summary>
    public bool IsPublic { get; private set; }

    public string? FileName { get; private set; }
    public EvidenceFileKind? FileKind { get; private set; }
    public long? FileSize { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedByName { get; private set; } = "";

    private EvidenceItem() { }

    public EvidenceItem(int organisationId, int assessmentId, int outcomeId, DateTime now)
    {
        OrganisationId = organisationId;
        AssessmentId = assessmentId;
        OutcomeId = outcomeId;
        CreatedAt = now;
    }

    public void Describe(string title, string summary, string? link, DateTime evidenceDate, string owner,
        IEnumerable<string> protectedCharacteristics, IEnumerable<string> healthInclusionGroups, bool isPublic, string byName, DateTime now)
    {
        Title = title.Trim();
        Summary = summary.Trim();
        Link = string.IsNullOrWhiteSpace(link) ? null : link.Trim();
        EvidenceDate = DateTime.SpecifyKind(evidenceDate.Date, DateTimeKind.Utc);
        Owner = owner.Trim();
        ProtectedCharacteristics = EqualityGroups.Join(protectedCharacteristics, EqualityGroups.ProtectedCharacteristics);
        HealthInclusionGroups = EqualityGroups.Join(healthInclusionGroups, EqualityGroups.HealthInclusionGroups);
        IsPublic = isPublic;
        UpdatedByName = byName.Length > 256 ? byName[..256] : byName;
        UpdatedAt = now;
    }

    public void AttachFile(string fileName, EvidenceFileKind kind, long size)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        FileName = name.Length <= FileNameMaxLength ? name : name[^FileNameMaxLength..];
        FileKind = kind;
        FileSize = size;
    }

    public void DetachFile()
    {
        FileName = null;
        FileKind = null;
        FileSize = null;
    }

    public bool HasFile => FileKind is not null;
}

/// <summary>The uploaded bytes of an evidence item, in the database so every app instance serves the same file.</summary>
public sealed class EvidenceFile : IOrganisationOwned
{
    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int EvidenceItemId { get; private set; }
    public byte[] Content { get; private set; } = [];

    // Lets a new item and its file be saved together, before the item has an id.
    public EvidenceItem? Item { get; private set; }

    /// <summary>SHA-256 of the content, hex, so a copy can be checked against what was uploaded.</summary>
    public string Sha256 { get; private set; } = "";

    private EvidenceFile() { }

    public EvidenceFile(EvidenceItem item, byte[] content, string sha256)
    {
        OrganisationId = item.OrganisationId;
        Item = item;
        Content = content;
        Sha256 = sha256;
    }

    public void Replace(byte[] content, string sha256)
    {
        Content = content;
        Sha256 = sha256;
    }
}
