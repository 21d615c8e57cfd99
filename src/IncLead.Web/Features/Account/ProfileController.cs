using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace IncLead.Web.Features.Account;

[Authorize, Route("account")]
public sealed class ProfileController(UserManager<AppUser> users) : AppController, IExemptFromTwoFactorEnrolment
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var recoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        return View(new ProfileDetails(user.FullName, user.Email!, user.TwoFactorEnabled, recoveryCodesLeft));
    }
}

public sealed record ProfileDetails(string FullName, string Email, bool TwoFactorEnabled, int RecoveryCodesLeft);
