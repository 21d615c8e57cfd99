using System.ComponentModel.DataAnnotations;

namespace IncLead.Web.Features.Invitations;

public sealed class AcceptInvitationForm
{
    [Required(ErrorMessage = "Enter your full name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = "Enter a password")]
    [StringLength(256, MinimumLength = 12, ErrorMessage = "Password must be at least 12 characters")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Confirm your password")]
    [Compare(nameof(Password), ErrorMessage = "The passwords do not match")]
    public string ConfirmPassword { get; set; } = "";
}

public sealed record AcceptInvitationPage(string OrganisationName, string Email, string Roles, bool HasAccount, bool SignedInAsInvitee, AcceptInvitationForm Form);
