using System.Globalization;
using IncLead.Web.Data;
using IncLead.Web.Features.Account;
using IncLead.Web.Identity;
using IncLead.Web.Infrastructure;
using IncLead.Web.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Features.SingleSignOn;

/// <summary>
/// The email-first sign-in step and the return from an organisation's provider. The step answers the same way for
/// every address in a domain, whether or not an account exists, so it tells only whether the domain uses single sign-on.
/// </summary>
[AllowAnonymous, Route("account/sign-in")]
public sealed class SingleSignOnController(AppDbContext db, ProviderOptionsCache providers, MemberMatcher matcher,
    SignInManager<AppUser> signIn, AuditLog audit, IAuthenticationSchemeProvider schemes, ILogger<SingleSignOnController> logger) : AppController, IExemptFromTwoFactorEnrolment
{
    public const string EmailStepView = "~/Features/SingleSignOn/EmailStep.cshtml";
    private const string PasswordView = "~/Features/Account/SignIn.cshtml";

    [HttpPost("continue"), EnableRateLimiting(RateLimits.Authentication)]
    public async Task<IActionResult> Continue(EmailStepForm form)
    {
        if (!ModelState.IsValid) return Invalid(form, EmailStepView);
        var domain = Domain.SingleSignOnDomain.Of(form.Email);
        var connection = await db.SingleSignOnConnections.AsNoTracking().Include(c => c.Domains)
            .FirstOrDefaultAsync(c => c.IsEnabled && c.Domains.Any(d => d.Name == domain));
        if (connection is null) return View(PasswordView, new SignInForm { Email = form.Email.Trim(), ReturnUrl = form.ReturnUrl });

        var options = providers.For(connection);
        try
        {
            // Ask for the discovery document now, so a provider that is down gets a page rather than an error.
            await options.ConfigurationManager!.GetConfigurationAsync(HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TaskCanceledException or IOException)
        {
            logger.LogWarning(e, "Provider of organisation {OrganisationId} did not answer", connection.OrganisationId);
            audit.RecordFor(null, form.Email.Trim(), connection.OrganisationId, AuditActions.SingleSignOnFailed, "Sign-in refused: the organisation's provider did not answer");
            await db.SaveChangesAsync();
            return Refused(StatusCodes.Status503ServiceUnavailable, "Your organisation's sign-in is not answering",
                "IncLead could not reach your organisation's sign-in service. Try again in a few minutes. If it keeps happening, contact your IT service desk.");
        }

        var properties = new AuthenticationProperties { RedirectUri = "/account/sign-in/organisation-complete" };
        properties.Items[SingleSignOnNames.OrganisationItem] = connection.OrganisationId.ToString(CultureInfo.InvariantCulture);
        properties.Items[SingleSignOnNames.EmailItem] = form.Email.Trim();
        if (!string.IsNullOrEmpty(form.ReturnUrl) && Url.IsLocalUrl(form.ReturnUrl)) properties.Items[SingleSignOnNames.ReturnUrlItem] = form.ReturnUrl;

        // A handler of our own, initialised after the organisation is chosen: the one the authentication middleware
        // made for this request read its options before anyone knew the organisation.
        OrganisationProviderOptions.Choose(HttpContext, options);
        var scheme = (await schemes.GetSchemeAsync(SingleSignOnNames.Scheme))!;
        var handler = ActivatorUtilities.CreateInstance<OrganisationOpenIdConnectHandler>(HttpContext.RequestServices);
        await handler.InitializeAsync(scheme, HttpContext);
        await handler.ChallengeAsync(properties);
        // The handler answers with a redirect to the provider, which browsers refuse after a form is sent: our
        // Content-Security-Policy allows forms to go to this site only (form-action 'self'), redirects included. So the
        // person gets a page that moves on to the provider at once, with a button for a browser that does not.
        var provider = Response.Headers.Location.ToString();
        Response.Headers.Location = default;
        Response.StatusCode = StatusCodes.Status200OK;
        return View(ToProviderView, provider);
    }

    private const string ToProviderView = "~/Features/SingleSignOn/ToProvider.cshtml";

    /// <summary>The password form on its own: for the break-glass account of an organisation that requires single sign-on.</summary>
    [HttpGet("password")]
    public IActionResult Password(string? returnUrl) => View(PasswordView, new SignInForm { ReturnUrl = returnUrl });

    [HttpGet("organisation-complete")]
    public async Task<IActionResult> Complete()
    {
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Properties?.Items.TryGetValue(SingleSignOnNames.OrganisationItem, out var item) != true
            || !int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var organisationId))
            return RedirectToAction(nameof(AccountController.SignIn), "Account");

        var match = await matcher.MatchAsync(organisationId, external.Principal!);
        if (match.User is not { } user)
        {
            audit.RecordFor(null, "Single sign-on", organisationId, AuditActions.SingleSignOnRefused, "Sign-in through the organisation's provider refused: " + match.AuditReason);
            await db.SaveChangesAsync();
            return Refused(StatusCodes.Status403Forbidden, match.RefusalTitle!, match.Refusal!);
        }

        user.CurrentOrganisationId = organisationId;
        await signIn.UserManager.UpdateAsync(user);
        var properties = new AuthenticationProperties { IsPersistent = false };
        if (external.Properties!.GetTokenValue("refresh_token") is { } refresh)
            properties.StoreTokens([new AuthenticationToken { Name = "refresh_token", Value = refresh }]);
        await signIn.SignInWithClaimsAsync(user, properties,
            [new(SingleSignOnNames.OrganisationClaim, organisationId.ToString(CultureInfo.InvariantCulture)), new("amr", "external")]);
        audit.RecordFor(user, user.Email!, organisationId, AuditActions.SingleSignOnSucceeded, "Signed in through the organisation's provider");
        await db.SaveChangesAsync();
        return RedirectToLocal(external.Properties.Items.TryGetValue(SingleSignOnNames.ReturnUrlItem, out var back) ? back : null);
    }

    [HttpGet("organisation-failed")]
    public IActionResult Failed() => Refused(StatusCodes.Status403Forbidden, "We could not sign you in through your organisation",
        "Your organisation's sign-in did not complete, or what it sent back could not be trusted. Nothing has been signed in. Go back to the sign-in page and try again; if it keeps happening, contact your IT service desk.");
}
