using System.ComponentModel.DataAnnotations;

namespace IncLead.Web.Features.SingleSignOn;

/// <summary>The first sign-in step: only the email address, to learn whether its domain signs in through its own provider.</summary>
public sealed class EmailStepForm
{
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string Email { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
