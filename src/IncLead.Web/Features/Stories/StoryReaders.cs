using System.Security.Claims;
using IncLead.Web.Domain.Stories;
using IncLead.Web.Identity;

namespace IncLead.Web.Features.Stories;

/// <summary>The story reader a signed-in person is, from the roles their cookie carries for the current organisation.</summary>
public static class StoryReaders
{
    public static StoryReader From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.IsInRole(AppClaims.EqualityLeadRole),
        user.IsInRole(AppClaims.BoardMemberRole));
}
