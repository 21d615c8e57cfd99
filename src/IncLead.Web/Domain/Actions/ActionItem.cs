namespace IncLead.Web.Domain.Actions;

/// <summary>
/// One entry in the organisation's action plan (called an item because <c>Action</c> is taken by .NET's delegate).
/// It may come from a statement (its suggested action pre-filled), a factor, a stage, an EDS outcome or a story, or
/// stand alone. Several people edit actions, so every change takes a new <see cref="Version"/> and a save based on an
/// older one is refused rather than overwriting. Its RAG is never stored: <see cref="RagAt"/> works it out.
/// </summary>
public sealed class ActionItem : IOrganisationOwned
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 4000;
    public const int EvidenceMaxLength = 4000;
    public const int DropReasonMaxLength = 1000;
    public const int RiskNoteMaxLength = 1000;

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";

    // The source, flat rather than a complex type so each part can be a foreign key.
    public int? CycleId { get; private set; }
    public int? StageId { get; private set; }
    public int? FactorId { get; private set; }
    public int? StatementId { get; private set; }
    public int? EdsOutcomeId { get; private set; }
    public int? StoryId { get; private set; }

    public ActionSource Source => new(CycleId, StageId, FactorId, StatementId, EdsOutcomeId, StoryId);

    public string OwnerUserId { get; private set; } = "";
    public string? ExecutiveLeadUserId { get; private set; }
    public DateTime DueOn { get; private set; }
    public ActionPriority Priority { get; private set; }
    public ActionStatus Status { get; private set; }
    public bool AtRisk { get; private set; }
    public string? RiskNote { get; private set; }
    public string? CompletionEvidence { get; private set; }
    public string? DropReason { get; private set; }
    public DateTime? CompletedAt { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public string CreatedByName { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedByName { get; private set; } = "";
    public Guid Version { get; private set; }

    /// <summary>The due date each reminder was last sent for; a new due date re-arms the reminders (see ActionReminders).</summary>
    public DateTime? DueSoonRemindedFor { get; private set; }
    public DateTime? OverdueRemindedFor { get; private set; }

    private ActionItem() { }

    public ActionItem(int organisationId, ActionSource source, string title, string description, string ownerUserId, string? executiveLeadUserId,
        DateTime dueOn, ActionPriority priority, string byName, DateTime now)
    {
        OrganisationId = organisationId;
        (CycleId, StageId, FactorId, StatementId, EdsOutcomeId, StoryId) = (source.CycleId, source.StageId, source.FactorId, source.StatementId, source.EdsOutcomeId, source.StoryId);
        CreatedAt = now;
        CreatedByName = Cut(byName, 256);
        Status = ActionStatus.NotStarted;
        Describe(title, description, ownerUserId, executiveLeadUserId, dueOn, priority, byName, now);
    }

    public static bool DueDateAllowed(DateTime dueOn, DateTime createdAt) => dueOn.Date >= createdAt.Date;

    public void Describe(string title, string description, string ownerUserId, string? executiveLeadUserId, DateTime dueOn, ActionPriority priority, string byName, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException("An action needs a title.", nameof(title));
        if (!DueDateAllowed(dueOn, CreatedAt)) throw new ArgumentException("An action cannot be due before it was raised.", nameof(dueOn));
        if (string.IsNullOrEmpty(ownerUserId)) throw new ArgumentException("An action needs an owner.", nameof(ownerUserId));
        Title = Cut(title.Trim(), TitleMaxLength);
        Description = Cut(description.Trim(), DescriptionMaxLength);
        OwnerUserId = ownerUserId;
        ExecutiveLeadUserId = string.IsNullOrEmpty(executiveLeadUserId) ? null : executiveLeadUserId;
        DueOn = DateTime.SpecifyKind(dueOn.Date, DateTimeKind.Utc);
        Priority = priority;
        Touch(byName, now);
    }

    /// <summary>Changes the EDS outcome, and the stage when no statement or factor fixes it.</summary>
    public void LinkTo(int? stageId, int? edsOutcomeId, string byName, DateTime now)
    {
        if (StatementId is null && FactorId is null) StageId = stageId;
        EdsOutcomeId = edsOutcomeId;
        Touch(byName, now);
    }

    /// <summary>Moves the action on. Callers check <see cref="ActionStatusRules.Check"/> first to show a message; this refuses anything it forbids.</summary>
    public void Progress(ActionStatus status, bool atRisk, string? riskNote, string? evidence, string? dropReason, bool evidenceRequired, string byName, DateTime now)
    {
        if (ActionStatusRules.Check(Status, status, evidence, dropReason, evidenceRequired) is { } problem) throw new InvalidOperationException(problem.Message);
        if (status == ActionStatus.Done && Status != ActionStatus.Done) CompletedAt = now;
        if (status != ActionStatus.Done) CompletedAt = null;
        Status = status;
        AtRisk = atRisk && status.IsOpen();
        RiskNote = AtRisk ? Trimmed(riskNote, RiskNoteMaxLength) : null;
        CompletionEvidence = Trimmed(evidence, EvidenceMaxLength);
        DropReason = status == ActionStatus.Dropped ? Trimmed(dropReason, DropReasonMaxLength) : null;
        Touch(byName, now);
    }

    public RagStatus RagAt(DateTime now) => RagRule.For(Status, DueOn, AtRisk, now);

    public bool IsOverdueAt(DateTime now) => RagRule.IsOverdue(Status, DueOn, now);

    private void Touch(string byName, DateTime now)
    {
        UpdatedByName = Cut(byName, 256);
        UpdatedAt = now;
        Version = Guid.NewGuid();
    }

    private static string? Trimmed(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : Cut(text.Trim(), max);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
