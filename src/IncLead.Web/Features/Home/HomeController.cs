using System.Security.Claims;
using IncLead.Web.Data;
using IncLead.Web.Features.Cycles;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IncLead.Web.Features.Home;

/// <summary>
/// The home page: for each of the person's roles, what to do next, worked out from the data (never typed in), then the
/// cards to everything else. Each role's panel costs a fixed number of queries (<see cref="HomeQueries"/>).
/// </summary>
[Authorize(Policy = Policies.OrganisationMemberOrPlatformAdmin), Route("")]
public sealed class HomeController(AppDbContext db, TimeProvider clock) : AppController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        if (CurrentOrganisation.ReadId(User) is null && User.IsInRole(AppClaims.PlatformAdminRole))
            return Redirect("/platform/organisations");

        var now = clock.GetUtcNow().UtcDateTime;
        BoardMemberHome? member = null;
        EqualityLeadHome? lead = null;
        TrustAdminHome? admin = null;
        if (User.IsInRole(AppClaims.BoardMemberRole) && User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
        {
            var (cycles, latest) = await HomeQueries.BoardMemberAsync(db, userId, ct);
            member = BoardMemberTasks.For(cycles, latest);
        }
        if (User.IsInRole(AppClaims.EqualityLeadRole))
            lead = EqualityLeadTasks.For(await CycleFactsQuery.NewestAsync(db, ct), await HomeQueries.ActionsAsync(db, now, ct), now);
        if (User.IsInRole(AppClaims.TrustAdminRole))
            admin = TrustAdminTasks.For(await HomeQueries.TrustAdminAsync(db, now, ct));
        return View(new HomePage(member, lead, admin));
    }
}

public sealed record HomePage(BoardMemberHome? BoardMember, EqualityLeadHome? EqualityLead, TrustAdminHome? TrustAdmin);
