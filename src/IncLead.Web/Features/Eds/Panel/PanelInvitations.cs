using System.Security.Cryptography;
using IncLead.Web.Data;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Features.Invitations;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using IncLead.Web.Infrastructure.Email;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IncLead.Web.Features.Eds.Panel;

/// <summary>
/// Invites a stakeholder panellist: a random token whose SHA-256 alone is stored (as for account invitations), an
/// email through the outbox, and an audit entry, all in the caller's unit of work.
/// </summary>
public sealed class PanelInvitations(AppDbContext db, Outbox outbox, AuditLog audit, TimeProvider clock, IOptions<EdsOptions> eds, IOptions<EmailOptions> email)
{
    public async Task<bool> AlreadyInvitedAsync(int assessmentId, string address)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var normalised = address.Trim().ToUpperInvariant();
        return await db.Panellists.AnyAsync(p => p.AssessmentId == assessmentId && p.Email.ToUpper() == normalised && p.RevokedAt == null && p.ExpiresAt > now);
    }

    public void Invite(EdsWorkspace workspace, string organisationName, string name, string address, IReadOnlyList<OutcomeView> outcomes, string invitedByName)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var panellist = new Panellist(workspace.Assessment.OrganisationId, workspace.Assessment.Id, name, address, InvitationSender.Hash(token),
            outcomes.Select(o => o.Id), invitedByName, clock.GetUtcNow().UtcDateTime, eds.Value.PanelLinkLifetime);
        db.Panellists.Add(panellist);

        var codes = string.Join(", ", outcomes.Select(o => o.Code));
        var list = string.Join("\n", outcomes.Select(o => $"  {o.Code}: {o.Text}"));
        var link = $"{email.Value.PublicBaseUrl.TrimEnd('/')}/panel/{token}";
        outbox.Enqueue(workspace.Assessment.OrganisationId, panellist.Email, panellist.Name, $"{organisationName} asks you to help grade its Equality Delivery System outcomes",
            $"Hello {panellist.Name},\n\n{invitedByName} at {organisationName} has asked you to review the evidence for these Equality Delivery System (EDS) outcomes and give a provisional score and comment:\n\n{list}\n\n" +
            $"You do not need an account. Open this link:\n\n{link}\n\n" +
            $"The link works until {Dates.WithTime(panellist.ExpiresAt)}. Please do not forward it: anyone with it can read the evidence and give a score in your name.\n");
        audit.Record(AuditActions.EdsPanellistInvited, "Panellist", panellist.Email,
            $"{workspace.Cycle.Name}: invited {panellist.Name} <{panellist.Email}> to the stakeholder panel for {codes}, until {Dates.Long(panellist.ExpiresAt)}");
    }
}
