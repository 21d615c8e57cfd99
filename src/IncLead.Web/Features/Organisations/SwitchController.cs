using IncLead.Web.Data;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.Organisations;

/// <summary>A person who belongs to several organisations chooses which one they are working in; the cookie is reissued for it.</summary>
[Authorize, Route("organisations/switch")]
public sealed class SwitchController(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, AuditLog audit) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var userId = users.GetUserId(User);
        var options = await db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == userId && m.IsActive)
            .Join(db.Organisations, m => m.OrganisationId, o => o.Id, (m, o) => o)
            .OrderBy(o => o.Name).Select(o => new SwitchOption(o.Id, o.Name)).ToListAsync();
        return View(new SwitchPage(options, CurrentOrganisation.ReadId(User)));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(int organisationId)
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var member = await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == user.Id && m.OrganisationId == organisationId && m.IsActive);
        if (!member) return NotFound();

        user.CurrentOrganisationId = organisationId;
        audit.RecordFor(user, user.Email!, organisationId, AuditActions.OrganisationSwitched, $"{user.FullName} switched to this organisation");
        await db.SaveChangesAsync();
        await signIn.RefreshSignInAsync(user);
        return Redirect("/");
    }
}

public sealed record SwitchOption(int Id, string Name);

public sealed record SwitchPage(IReadOnlyList<SwitchOption> Options, int? CurrentId);
