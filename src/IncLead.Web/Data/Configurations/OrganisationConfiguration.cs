using IncLead.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncLead.Web.Data.Configurations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> e)
    {
        e.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength);
        e.Property(o => o.OdsCode).HasMaxLength(Organisation.OdsCodeMaxLength);
        e.Property(o => o.Region).HasMaxLength(Organisation.RegionMaxLength);
        e.HasIndex(o => o.OdsCode).IsUnique();
    }
}
