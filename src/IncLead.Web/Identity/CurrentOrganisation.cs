using System.Security.Claims;

namespace IncLead.Web.Identity;

/// <summary>The organisation the signed-in person is working in, read from their sign-in cookie.</summary>
public sealed class CurrentOrganisation(IHttpContextAccessor accessor)
{
    public int? Id => ReadId(accessor.HttpContext?.User);

    public static int? ReadId(ClaimsPrincipal? user) =>
        int.TryParse(user?.FindFirstValue(AppClaims.OrganisationId), out var id) ? id : null;
}
