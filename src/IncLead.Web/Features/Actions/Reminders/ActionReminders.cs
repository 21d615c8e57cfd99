using IncLead.Web.Data;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Features.Actions.Reminders;

/// <summary>
/// Emails owners 7 days before an action is due and again when it becomes overdue, once each per due date (moving the
/// due date re-arms them). Several app instances may run this at once: each reminder is claimed by a conditional
/// UPDATE of the action (a compare-and-set on the due date it was sent for), and the email is queued in the outbox in
/// the same transaction, so exactly one instance queues it and a crash between the two loses nothing.
/// See docs/decisions/0007-action-reminders-claimed-per-action.md.
/// </summary>
public sealed partial class ActionReminders(IServiceScopeFactory scopes, IOptions<ActionReminderOptions> options, IOptions<EmailOptions> email,
    TimeProvider clock, ILogger<ActionReminders> log) : BackgroundService
{
    public const int DaysBefore = 7;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogRunFailed(log, ex);
            }
            await Task.Delay(options.Value.Interval, clock, stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
        }
    }

    /// <summary>Queues every reminder that is due; returns how many this instance queued.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        var today = clock.GetUtcNow().UtcDateTime.Date;
        var soon = today.AddDays(DaysBefore);

        // The job serves every organisation and runs outside any request, so the tenancy filter is lifted on purpose.
        var candidates = await Open(db)
            .Where(a => a.DueOn <= soon)
            .Where(a => (a.DueOn < today && (a.OverdueRemindedFor == null || a.OverdueRemindedFor != a.DueOn))
                     || (a.DueOn >= today && (a.DueSoonRemindedFor == null || a.DueSoonRemindedFor != a.DueOn)))
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.DueOn }).ToListAsync(ct);

        var queued = 0;
        foreach (var candidate in candidates)
        {
            var kind = candidate.DueOn < today ? ReminderKind.Overdue : ReminderKind.DueSoon;
            if (await ClaimAndQueueAsync(db, outbox, candidate.Id, kind, today, ct)) queued++;
            db.ChangeTracker.Clear();
        }
        return queued;
    }

    private async Task<bool> ClaimAndQueueAsync(AppDbContext db, Outbox outbox, int actionId, ReminderKind kind, DateTime today, CancellationToken ct) =>
        await db.InTransactionAsync(async token =>
        {
            var soon = today.AddDays(DaysBefore);
            var claimed = kind == ReminderKind.Overdue
                ? await Open(db).Where(a => a.Id == actionId && a.DueOn < today && (a.OverdueRemindedFor == null || a.OverdueRemindedFor != a.DueOn))
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.OverdueRemindedFor, a => (DateTime?)a.DueOn), token)
                : await Open(db).Where(a => a.Id == actionId && a.DueOn >= today && a.DueOn <= soon && (a.DueSoonRemindedFor == null || a.DueSoonRemindedFor != a.DueOn))
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.DueSoonRemindedFor, a => (DateTime?)a.DueOn), token);
            if (claimed == 0) return false; // another instance got there first, or the action changed meanwhile

            var action = await (from a in db.Actions.IgnoreQueryFilters()
                                where a.Id == actionId
                                join u in db.Users on a.OwnerUserId equals u.Id
                                join o in db.Organisations on a.OrganisationId equals o.Id
                                select new { a.Title, a.DueOn, a.OrganisationId, u.Email, u.FullName, Organisation = o.Name }).SingleAsync(token);
            if (string.IsNullOrEmpty(action.Email)) return false;
            var link = $"{email.Value.PublicBaseUrl.TrimEnd('/')}/actions/{actionId}";
            var (subject, opening) = kind == ReminderKind.Overdue
                ? ($"Overdue action: {action.Title}", $"The action \"{action.Title}\" was due on {Dates.Long(action.DueOn)} and is now overdue, so it shows as red on {action.Organisation}'s action plan.")
                : ($"Action due on {Dates.Long(action.DueOn)}: {action.Title}", $"The action \"{action.Title}\" you own is due on {Dates.Long(action.DueOn)}.");
            outbox.Enqueue(action.OrganisationId, action.Email, action.FullName, subject,
                $"Hello {action.FullName},\n\n{opening}\n\nPlease update its progress, flag a risk, or record the evidence that it is done:\n\n{link}\n");
            await db.SaveChangesAsync(token);
            return true;
        }, ct);

    private static IQueryable<ActionItem> Open(AppDbContext db) => db.Actions.IgnoreQueryFilters()
        .Where(a => a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress || a.Status == ActionStatus.Blocked);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for action reminders failed")]
    private static partial void LogRunFailed(ILogger logger, Exception ex);
}
