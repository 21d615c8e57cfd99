using IncLead.Web.Data;
using IncLead.Web.Domain.Actions;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Actions;

public static class ActionVersions
{
    /// <summary>The action as it is stored now, to show beside the editor's own version after a conflict.</summary>
    public static async Task<ActionVersion> OfAsync(AppDbContext db, ActionItem saved, CancellationToken ct = default)
    {
        var names = await db.Users.Where(u => u.Id == saved.OwnerUserId || u.Id == saved.ExecutiveLeadUserId).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        return new ActionVersion(saved.Title, saved.Description, names.GetValueOrDefault(saved.OwnerUserId, "Unknown"),
            saved.ExecutiveLeadUserId is { } lead ? names.GetValueOrDefault(lead) : null, saved.DueOn, saved.Priority, saved.Status, saved.AtRisk,
            saved.RiskNote, saved.CompletionEvidence, saved.DropReason, saved.UpdatedByName, saved.UpdatedAt);
    }

    public const string ConflictMessage =
        "Someone else saved this action while you were working on it. Their version is shown and has been kept. " +
        "Your version is in the form below and has not been saved: check it and save again to replace theirs, or leave this page to keep theirs.";
}
