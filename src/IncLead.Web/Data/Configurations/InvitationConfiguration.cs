using IncLead.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncLead.Web.Data.Configurations;

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> e)
    {
        e.Property(i => i.Email).HasMaxLength(256);
        e.Property(i => i.FullName).HasMaxLength(200);
        e.Property(i => i.TokenHash).HasMaxLength(64);
        e.Property(i => i.InvitedByUserId).HasMaxLength(450);
        e.HasIndex(i => i.TokenHash).IsUnique();
        e.HasIndex(i => new { i.OrganisationId, i.Email });
        e.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
