using IncLead.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncLead.Web.Data.Configurations;

public sealed class SingleSignOnConnectionConfiguration : IEntityTypeConfiguration<SingleSignOnConnection>
{
    public void Configure(EntityTypeBuilder<SingleSignOnConnection> e)
    {
        e.Property(c => c.Authority).HasMaxLength(SingleSignOnConnection.AuthorityMaxLength);
        e.Property(c => c.ClientId).HasMaxLength(SingleSignOnConnection.ClientIdMaxLength);
        e.Property(c => c.ProtectedClientSecret).HasMaxLength(4000);
        e.Property(c => c.ProtectedClientCertificate).HasMaxLength(SingleSignOnConnection.ProtectedCertificateMaxLength);
        e.Property(c => c.EmailClaim).HasMaxLength(SingleSignOnConnection.EmailClaimMaxLength);
        e.HasIndex(c => c.OrganisationId).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(c => c.Domains).WithOne().HasForeignKey(d => d.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SingleSignOnDomainConfiguration : IEntityTypeConfiguration<SingleSignOnDomain>
{
    public void Configure(EntityTypeBuilder<SingleSignOnDomain> e)
    {
        e.Property(d => d.Name).HasMaxLength(SingleSignOnDomain.NameMaxLength);
        // One domain, one organisation: the database refuses a second claim even if two admins save at once.
        e.HasIndex(d => d.Name).IsUnique();
    }
}
