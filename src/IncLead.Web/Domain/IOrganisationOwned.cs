namespace IncLead.Web.Domain;

/// <summary>Marks records that belong to one organisation; the data layer scopes every query on them to the current one.</summary>
public interface IOrganisationOwned
{
    int OrganisationId { get; }
}
