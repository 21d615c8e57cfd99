using System.Security.Claims;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Identity;

namespace IncLead.Web.Features.Actions;

/// <summary>
/// Who may do what with actions. Anyone in the organisation may read the plan; the equality lead keeps it (raises
/// and edits actions); owners and executive leads report progress on their own.
/// </summary>
public static class ActionPermissions
{
    public static bool CanRaiseAndEdit(ClaimsPrincipal user) => user.IsInRole(AppClaims.EqualityLeadRole);

    public static bool CanReportProgress(ClaimsPrincipal user, ActionItem action)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return CanRaiseAndEdit(user) || (id is not null && (action.OwnerUserId == id || action.ExecutiveLeadUserId == id));
    }
}
