namespace IncLead.Web.Domain;

/// <summary>
/// An email waiting to be sent. Stored in the same transaction as the change that caused it and sent later by the
/// outbox sender, so a slow or failing mail server never loses a message or a change.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxAttempts = 8;

    public long Id { get; private set; }
    public int? OrganisationId { get; private set; }
    public string ToAddress { get; private set; } = "";
    public string ToName { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime NextAttemptAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTime? SentAt { get; private set; }
    public DateTime? LockedUntil { get; private set; }
    public string? LastError { get; private set; }

    private OutboxMessage() { }

    public OutboxMessage(int? organisationId, string toAddress, string toName, string subject, string textBody, DateTime now)
    {
        OrganisationId = organisationId;
        ToAddress = toAddress;
        ToName = toName;
        Subject = subject;
        TextBody = textBody;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public bool GaveUp => SentAt is null && Attempts >= MaxAttempts;

    public void MarkSent(DateTime now)
    {
        SentAt = now;
        LockedUntil = null;
        LastError = null;
    }

    /// <summary>Backs off exponentially (1, 2, 4 … minutes) so a mail server that is down is not hammered.</summary>
    public void MarkFailed(string error, DateTime now)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        LockedUntil = null;
        NextAttemptAt = now + TimeSpan.FromMinutes(Math.Pow(2, Math.Min(Attempts - 1, 10)));
    }
}
