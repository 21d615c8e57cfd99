using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Identity;

namespace IncLead.Web.Infrastructure.Auditing;

/// <summary>
/// Adds audit entries to the current unit of work. It never saves: the caller's SaveChanges commits the entry
/// together with the change it describes, so one cannot exist without the other.
/// </summary>
public sealed class AuditLog(AppDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public void Record(string action, string targetType, string targetId, string summary, int? organisationId = null)
    {
        var context = http.HttpContext;
        var user = context?.User;
        db.AuditEntries.Add(new AuditEntry(
            organisationId ?? CurrentOrganisation.ReadId(user),
            clock.GetUtcNow().UtcDateTime,
            user?.FindFirstValue(ClaimTypes.NameIdentifier),
            user?.FindFirstValue(AppClaims.FullName) ?? user?.Identity?.Name ?? "Anonymous",
            action, targetType, targetId, summary,
            context?.Connection.RemoteIpAddress?.ToString()));
    }

    /// <summary>For events where the actor is known but not (yet) signed in, such as sign-in itself.</summary>
    public void RecordFor(AppUser? actor, string fallbackName, int? organisationId, string action, string summary)
    {
        db.AuditEntries.Add(new AuditEntry(
            organisationId,
            clock.GetUtcNow().UtcDateTime,
            actor?.Id,
            actor?.FullName ?? fallbackName,
            action, "User", actor?.Id ?? "", summary,
            http.HttpContext?.Connection.RemoteIpAddress?.ToString()));
    }

    /// <summary>For people without an account, such as a stakeholder panellist acting through their emailed link.</summary>
    public void RecordAs(string actorName, int organisationId, string action, string targetType, string targetId, string summary)
    {
        db.AuditEntries.Add(new AuditEntry(
            organisationId,
            clock.GetUtcNow().UtcDateTime,
            null,
            actorName,
            action, targetType, targetId, summary,
            http.HttpContext?.Connection.RemoteIpAddress?.ToString()));
    }
}
