using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain;

namespace IncLead.Web.Features.PlatformAdmin;

public sealed class NewOrganisationForm : IValidatableObject
{
    [Required(ErrorMessage = "Enter the organisation's name")]
    [StringLength(Organisation.NameMaxLength, ErrorMessage = "Name must be 200 characters or fewer")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Select the type of organisation")]
    public OrganisationType? Type { get; set; }

    [Required(ErrorMessage = "Enter the ODS code")]
    public string OdsCode { get; set; } = "";

    [Required(ErrorMessage = "Enter the region")]
    [StringLength(Organisation.RegionMaxLength, ErrorMessage = "Region must be 100 characters or fewer")]
    public string Region { get; set; } = "";

    public bool HasCouncilOfGovernors { get; set; }

    [Required(ErrorMessage = "Enter the first trust admin's full name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or fewer")]
    public string AdminName { get; set; } = "";

    [Required(ErrorMessage = "Enter the first trust admin's email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    public string AdminEmail { get; set; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(OdsCode) && !Organisation.IsValidOdsCode(OdsCode))
            yield return new ValidationResult("Enter an ODS code of 3 to 6 letters and numbers, like RX1 or 15N", [nameof(OdsCode)]);
        if (Type is { } t && !Enum.IsDefined(t))
            yield return new ValidationResult("Select the type of organisation", [nameof(Type)]);
    }
}

public sealed record OrganisationRow(int Id, string Name, string OdsCode, OrganisationType Type, string Region, int Members);
