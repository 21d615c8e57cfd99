using System.ComponentModel.DataAnnotations;
using IncLead.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IncLead.Web.Features.Organisations;

/// <summary>The organisation profile fields, shared by the platform admin's "add" form and the trust admin's "edit" form.</summary>
public abstract class OrganisationProfileForm : IValidatableObject
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

    public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(OdsCode) && !Organisation.IsValidOdsCode(OdsCode))
            yield return new ValidationResult("Enter an ODS code of 3 to 6 letters and numbers, like RX1 or 15N", [nameof(OdsCode)]);
        if (Type is { } t && !Enum.IsDefined(t))
            yield return new ValidationResult("Select the type of organisation", [nameof(Type)]);
    }

    public static IEnumerable<SelectListItem> Types =>
    [
        new("NHS Trust", nameof(OrganisationType.NhsTrust)),
        new("NHS Foundation Trust", nameof(OrganisationType.NhsFoundationTrust)),
        new("Integrated Care Board", nameof(OrganisationType.IntegratedCareBoard)),
        new("Local Authority", nameof(OrganisationType.LocalAuthority)),
        new("Other", nameof(OrganisationType.Other)),
    ];

    public static IEnumerable<SelectListItem> YesNo => [new("Yes", "true"), new("No", "false")];
}
