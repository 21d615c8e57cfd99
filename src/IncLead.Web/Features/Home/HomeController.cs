using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IncLead.Web.Features.Home;

[Authorize(Policy = Policies.OrganisationMemberOrPlatformAdmin), Route("")]
public sealed class HomeController : AppController
{
    [HttpGet("")]
    public IActionResult Index()
    {
        if (CurrentOrganisation.ReadId(User) is null && User.IsInRole(AppClaims.PlatformAdminRole))
            return Redirect("/platform/organisations");
        return View();
    }
}
