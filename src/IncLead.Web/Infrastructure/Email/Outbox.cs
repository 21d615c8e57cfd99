using IncLead.Web.Data;
using IncLead.Web.Domain;

namespace IncLead.Web.Infrastructure.Email;

/// <summary>Queues an email in the caller's unit of work; it is sent only if the change that caused it commits.</summary>
public sealed class Outbox(AppDbContext db, TimeProvider clock)
{
    public void Enqueue(int? organisationId, string toAddress, string toName, string subject, string textBody) =>
        db.OutboxMessages.Add(new OutboxMessage(organisationId, toAddress, toName, subject, textBody, clock.GetUtcNow().UtcDateTime));
}
