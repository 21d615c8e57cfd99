using IncLead.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace IncLead.Web.Infrastructure.Email;

/// <summary>
/// Drains the outbox. Several app instances may run this at once: each message is claimed with a conditional update
/// (a compare-and-set on its lease) before it is sent, so only one instance sends it.
/// </summary>
public sealed partial class OutboxSender(IServiceScopeFactory scopes, IOptions<EmailOptions> options, TimeProvider clock, ILogger<OutboxSender> log)
    : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SenderEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogDrainFailed(log, ex);
            }
            await Task.Delay(options.Value.PollInterval, clock, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }

    /// <summary>Sends every message that is due; returns how many this instance sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var transport = scope.ServiceProvider.GetRequiredService<IMailTransport>();
        var now = clock.GetUtcNow().UtcDateTime;

        var due = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.Attempts < Domain.OutboxMessage.MaxAttempts && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(50).ToListAsync(ct);

        var sent = 0;
        foreach (var id in due)
        {
            var leaseUntil = now + Lease;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.SentAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, leaseUntil), ct);
            if (claimed == 0) continue; // another instance has it

            var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, ct);
            try
            {
                await transport.SendAsync(ToMime(message), ct);
                message.MarkSent(clock.GetUtcNow().UtcDateTime);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.MarkFailed(ex.Message, clock.GetUtcNow().UtcDateTime);
                LogSendFailed(log, id, message.Attempts, ex.Message);
            }
            await db.SaveChangesAsync(ct);
        }
        return sent;
    }

    private MimeMessage ToMime(Domain.OutboxMessage m)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.Value.FromName, options.Value.FromAddress));
        message.To.Add(new MailboxAddress(m.ToName, m.ToAddress));
        message.Subject = m.Subject;
        message.MessageId = $"outbox-{m.Id}@inclead";
        message.Date = new DateTimeOffset(m.CreatedAt, TimeSpan.Zero);
        message.Body = new TextPart("plain") { Text = m.TextBody };
        return message;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Draining the outbox failed")]
    private static partial void LogDrainFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {Id} failed on attempt {Attempt}: {Error}")]
    private static partial void LogSendFailed(ILogger logger, long id, int attempt, string error);
}
