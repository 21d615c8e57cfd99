using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IncLead.Web.Features.TrustAdmin;

public sealed class InviteForm
{
    [Required(ErrorMessage = "Enter the person's full name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = "Enter the person's email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string Email { get; set; } = "";

    [MinLength(1, ErrorMessage = "Select at least one role")]
    public List<OrganisationRoles> Roles { get; set; } = [];

    /// <summary>Nothing is chosen at first, so the role and position are both a choice the admin makes, never a default that contradicts the other.</summary>
    [Required(ErrorMessage = "Select the person's board position, or Not a board position")]
    public BoardPosition? Position { get; set; }
}

public sealed class MemberRolesForm
{
    [MinLength(1, ErrorMessage = "Select at least one role")]
    public List<OrganisationRoles> Roles { get; set; } = [];

    public BoardPosition Position { get; set; }
}

public static class MemberChoices
{
    public static IEnumerable<SelectListItem> Roles =>
    [
        new("Board member", nameof(OrganisationRoles.BoardMember)) { Group = new SelectListGroup { Name = "Completes the stage questionnaires and sees the board's results" } },
        new("Equality lead", nameof(OrganisationRoles.EqualityLead)) { Group = new SelectListGroup { Name = "Runs cycles, EDS grading, action plans and reports" } },
        new("Trust admin", nameof(OrganisationRoles.TrustAdmin)) { Group = new SelectListGroup { Name = "Manages users, roles and the organisation profile" } },
    ];

    public static IEnumerable<SelectListItem> Positions =>
        Enum.GetValues<BoardPosition>().Select(p => new SelectListItem(p == BoardPosition.None ? "Not a board position" : Invitations.RoleText.Describe(p), p.ToString()));

    public static OrganisationRoles Combine(IEnumerable<OrganisationRoles> roles) =>
        roles.Aggregate(OrganisationRoles.None, (all, r) => all | r);

    public static List<OrganisationRoles> Split(OrganisationRoles roles) =>
        [.. new[] { OrganisationRoles.BoardMember, OrganisationRoles.EqualityLead, OrganisationRoles.TrustAdmin }.Where(r => roles.HasFlag(r))];
}
