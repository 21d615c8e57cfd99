using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Domain;
using IncLead.Web.Features.Invitations;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.PlatformAdmin;

/// <summary>The service operator creates organisations and invites each one's first trust admin. Counting members crosses tenants on purpose.</summary>
[Authorize(Policy = Policies.PlatformAdmin), Route("platform/organisations")]
public sealed class OrganisationsController(AppDbContext db, InvitationSender invitations, AuditLog audit, UserManager<AppUser> users, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await db.Organisations.OrderBy(o => o.Name)
        .Select(o => new OrganisationRow(o.Id, o.Name, o.OdsCode, o.Type, o.Region,
            db.Memberships.IgnoreQueryFilters().Count(m => m.OrganisationId == o.Id && m.IsActive)))
        .ToListAsync());

    [HttpGet("new")]
    public IActionResult Create() => View(new NewOrganisationForm());

    [HttpPost("new")]
    public async Task<IActionResult> Create(NewOrganisationForm form, CancellationToken ct)
    {
        if (ModelState.IsValid && await db.Organisations.AnyAsync(o => o.OdsCode == Organisation.NormaliseOdsCode(form.OdsCode), ct))
            ModelState.AddModelError(nameof(form.OdsCode), "An organisation with this ODS code already exists");
        if (!ModelState.IsValid) return Invalid(form);

        var organisation = await db.InTransactionAsync(async token =>
        {
            var created = new Organisation(form.Name, form.Type!.Value, form.OdsCode, form.Region, form.HasCouncilOfGovernors, clock.GetUtcNow().UtcDateTime);
            db.Organisations.Add(created);
            await db.SaveChangesAsync(token); // the invitation needs the organisation's id

            audit.Record(AuditActions.OrganisationCreated, "Organisation", created.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Created {created.Name} ({created.OdsCode})", created.Id);
            await invitations.InviteAsync(created.Id, created.Name, form.AdminEmail, form.AdminName, OrganisationRoles.TrustAdmin,
                BoardPosition.None, users.GetUserId(User)!, User.FindFirstValue(AppClaims.FullName)!, token);
            await db.SaveChangesAsync(token);
            return created;
        }, ct);

        FlashEmailSent($"{organisation.Name} created. An invitation has been sent to {form.AdminEmail.Trim()}");
        return RedirectToAction(nameof(Index));
    }
}
