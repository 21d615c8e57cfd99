using System.Security.Claims;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Identity;

namespace IncLead.Web.Features.Results;

/// <summary>Who may see a cycle's results: the equality lead as soon as it opens, board members once the lead releases them.</summary>
public static class ResultsAccess
{
    public static bool CanSee(ClaimsPrincipal user, Cycle cycle) =>
        cycle.State != CycleState.Draft &&
        (user.IsInRole(AppClaims.EqualityLeadRole) || (user.IsInRole(AppClaims.BoardMemberRole) && cycle.ResultsReleased));
}
