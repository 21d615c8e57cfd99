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

    /// <summary>
    /// The role as an invitation says it: "a board member (Non-executive director)", "an equality lead and a trust
    /// admin", with what each role lets the person do, so the email reads as a sentence and explains itself.
    /// </summary>
    public static string InWords(OrganisationRoles roles, BoardPosition position)
    {
        var parts = new List<string>();
        if (roles.HasFlag(OrganisationRoles.BoardMember)) parts.Add("a board member" + (position == BoardPosition.None ? "" : $" ({Describe(position)})"));
        if (roles.HasFlag(OrganisationRoles.EqualityLead)) parts.Add("an equality lead");
        if (roles.HasFlag(OrganisationRoles.TrustAdmin)) parts.Add("a trust admin");
        var who = parts.Count switch
        {
            0 => "a member",
            1 => parts[0],
            _ => string.Join(", ", parts[..^1]) + " and " + parts[^1],
        };
        var does = new List<string>();
        if (roles.HasFlag(OrganisationRoles.BoardMember)) does.Add("answer the board's inclusion assessment and see its results");
        if (roles.HasFlag(OrganisationRoles.EqualityLead)) does.Add("run the yearly assessment, EDS grading and reports");
        if (roles.HasFlag(OrganisationRoles.TrustAdmin)) does.Add("manage who can use IncLead in your organisation");
        return does.Count == 0 ? who : $"{who}. You will be able to {(does.Count == 1 ? does[0] : string.Join(", ", does[..^1]) + " and " + does[^1])}";
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
