using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace IncLead.Web.Identity;

/// <summary>
/// Platform admins, and trust admins and equality leads of an organisation that requires two-factor, must enrol before anything else;
/// the cookie carries the flag (set by <see cref="AppClaimsPrincipalFactory"/>), so this costs no query.
/// </summary>
public sealed class TwoFactorEnrolmentFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        var user = context.HttpContext.User;
        if (!user.HasClaim(AppClaims.TwoFactorEnrolmentRequired, "true")) return;
        if (context.Controller is IExemptFromTwoFactorEnrolment) return;
        context.Result = new RedirectToActionResult("Setup", "TwoFactor", null);
    }

    public void OnActionExecuted(ActionExecutedContext context) { }
}

/// <summary>Controllers a person must reach before enrolling (sign-in, sign-out, enrolment itself, error pages).</summary>
public interface IExemptFromTwoFactorEnrolment;
