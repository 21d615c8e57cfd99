using IncLead.Web.Domain;

namespace IncLead.Web.Features.Invitations;

/// <summary>Roles and positions in the words people use.</summary>
public static class RoleText
{
    public static string Describe(OrganisationRoles roles)
    {
        var names = new List<string>();
        if (roles.HasFlag(OrganisationRoles.BoardMember)) names.Add("board member");
        if (roles.HasFlag(OrganisationRoles.EqualityLead)) names.Add("equality lead");
        if (roles.HasFlag(OrganisationRoles.TrustAdmin)) names.Add("trust admin");
        return names.Count switch
        {
            0 => "no role",
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + " and " + names[^1],
        };
    }

    public static string Describe(BoardPosition position) => position switch
    {
        BoardPosition.Chair => "Chair",
        BoardPosition.ChiefExecutive => "Chief executive",
        BoardPosition.ExecutiveDirector => "Executive director",
        BoardPosition.NonExecutiveDirector => "Non-executive director",
        BoardPosition.Governor => "Governor",
        BoardPosition.Other => "Other",
        _ => "",
    };
}
