using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IncLead.Web.Features.Pages;

[AllowAnonymous]
public sealed class PagesController : AppController, IExemptFromTwoFactorEnrolment
{
    [HttpGet("accessibility")]
    public IActionResult Accessibility() => View();

    [HttpGet("privacy")]
    public IActionResult Privacy() => View();
}
