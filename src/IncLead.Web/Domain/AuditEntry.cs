namespace IncLead.Web.Domain;

/// <summary>
/// One line of the append-only audit log. Written in the same SaveChanges as the change it records; the data layer
/// refuses to update or delete it.
/// </summary>
public sealed class AuditEntry
{
    public const int ActionMaxLength = 64;
    public const int SummaryMaxLength = 2000;

    public long Id { get; private set; }

    /// <summary>Null for events outside any organisation, such as a failed sign-in for an unknown address.</summary>
    public int? OrganisationId { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public string? ActorUserId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string TargetType { get; private set; } = "";
    public string TargetId { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string? IpAddress { get; private set; }

    private AuditEntry() { }

    public AuditEntry(int? organisationId, DateTime occurredAt, string? actorUserId, string actorName, string action,
        string targetType, string targetId, string summary, string? ipAddress)
    {
        OrganisationId = organisationId;
        OccurredAt = occurredAt;
        ActorUserId = actorUserId;
        ActorName = Truncate(actorName, 256);
        Action = Truncate(action, ActionMaxLength);
        TargetType = Truncate(targetType, 64);
        TargetId = Truncate(targetId, 64);
        Summary = Truncate(summary, SummaryMaxLength);
        IpAddress = ipAddress is null ? null : Truncate(ipAddress, 64);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
