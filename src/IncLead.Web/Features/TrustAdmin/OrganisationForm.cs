using IncLead.Web.Domain;
using IncLead.Web.Features.Organisations;

namespace IncLead.Web.Features.TrustAdmin;

public sealed class OrganisationForm : OrganisationProfileForm
{
    public bool RequireTwoFactorForAdmins { get; set; } = true;

    public static OrganisationForm From(Organisation o) => new()
    {
        Name = o.Name, Type = o.Type, OdsCode = o.OdsCode, Region = o.Region,
        HasCouncilOfGovernors = o.HasCouncilOfGovernors, RequireTwoFactorForAdmins = o.RequireTwoFactorForAdmins,
    };
}
