using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain;
using IncLead.Web.Features.Organisations;

namespace IncLead.Web.Features.PlatformAdmin;

public sealed class NewOrganisationForm : OrganisationProfileForm
{
    [Required(ErrorMessage = "Enter the first trust admin's full name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
    public string AdminName { get; set; } = "";

    [Required(ErrorMessage = "Enter the first trust admin's email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string AdminEmail { get; set; } = "";
}

public sealed record OrganisationRow(int Id, string Name, string OdsCode, OrganisationType Type, string Region, int Members);
