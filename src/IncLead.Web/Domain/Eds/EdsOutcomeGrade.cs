namespace IncLead.Web.Domain.Eds;

/// <summary>
/// The score agreed with stakeholders for one outcome, with the reasons, the date and who was present. For a domain
/// graded per service (EDS 2022 Domain 1) there is a score for each service instead of one score. Several people may
/// edit it, so every change takes a new <see cref="Version"/> and a save based on an older one is refused.
/// </summary>
public sealed class EdsOutcomeGrade : IOrganisationOwned
{
    public const int RationaleMaxLength = 4000;
    public const int PresentMaxLength = 1000;
    public const int OwnerMaxLength = 200;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int AssessmentId { get; private set; }
    public int OutcomeId { get; private set; }

    /// <summary>The single score, or null when the outcome is scored per service.</summary>
    public int? Score { get; private set; }
    public List<EdsServiceScore> ServiceScores { get; private set; } = [];

    /// <summary>Published as the outcome's evidence summary.</summary>
    public string Rationale { get; private set; } = "";
    public DateTime AgreedOn { get; private set; }
    public string Present { get; private set; } = "";

    /// <summary>The department or lead who owns the outcome, as the report template's per-outcome "owner"; published.</summary>
    public string Owner { get; private set; } = "";
    public Guid Version { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedByName { get; private set; } = "";

    private EdsOutcomeGrade() { }

    public EdsOutcomeGrade(int organisationId, int assessmentId, int outcomeId)
    {
        OrganisationId = organisationId;
        AssessmentId = assessmentId;
        OutcomeId = outcomeId;
    }

    public void Own(string owner) => Owner = owner.Trim();

    public void Agree(int score, string rationale, DateTime agreedOn, string present, string byName, DateTime now)
    {
        EdsScale.Guard(score);
        Score = score;
        ServiceScores.Clear();
        Record(rationale, agreedOn, present, byName, now);
    }

    public void AgreePerService(IReadOnlyDictionary<int, int> scoreByServiceId, string rationale, DateTime agreedOn, string present, string byName, DateTime now)
    {
        if (scoreByServiceId.Count == 0) throw new ArgumentException("Score at least one service.", nameof(scoreByServiceId));
        foreach (var score in scoreByServiceId.Values) EdsScale.Guard(score);
        Score = null;
        ServiceScores.RemoveAll(s => !scoreByServiceId.ContainsKey(s.ServiceId));
        foreach (var (serviceId, score) in scoreByServiceId)
        {
            var existing = ServiceScores.FirstOrDefault(s => s.ServiceId == serviceId);
            if (existing is null) ServiceScores.Add(new EdsServiceScore(serviceId, score));
            else existing.Change(score);
        }
        Record(rationale, agreedOn, present, byName, now);
    }

    private void Record(string rationale, DateTime agreedOn, string present, string byName, DateTime now)
    {
        Rationale = rationale.Trim();
        AgreedOn = DateTime.SpecifyKind(agreedOn.Date, DateTimeKind.Utc);
        Present = present.Trim();
        UpdatedByName = byName.Length > 256 ? byName[..256] : byName;
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }
}

/// <summary>One service's score for an outcome graded per service.</summary>
public sealed class EdsServiceScore
{
    public int Id { get; private set; }
    public int GradeId { get; private set; }
    public int ServiceId { get; private set; }
    public int Score { get; private set; }

    private EdsServiceScore() { }

    public EdsServiceScore(int serviceId, int score)
    {
        ServiceId = serviceId;
        Change(score);
    }

    public void Change(int score)
    {
        EdsScale.Guard(score);
        Score = score;
    }
}
