using IncLead.Web.Domain;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Domain.Stories;
using IncLead.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncLead.Web.Data.Configurations;

public sealed class StoryConfiguration : IEntityTypeConfiguration<Story>
{
    public void Configure(EntityTypeBuilder<Story> e)
    {
        e.Property(s => s.Title).HasMaxLength(Story.TitleMaxLength);
        e.Property(s => s.Narrative).HasMaxLength(Story.NarrativeMaxLength);
        e.Property(s => s.ConsentNote).HasMaxLength(Story.ConsentNoteMaxLength);
        e.Property(s => s.ConsentRecordedByUserId).HasMaxLength(450);
        e.Property(s => s.ConsentRecordedByName).HasMaxLength(256);
        e.Property(s => s.CreatedByUserId).HasMaxLength(450);
        e.Property(s => s.CreatedByName).HasMaxLength(256);
        e.Property(s => s.UpdatedByName).HasMaxLength(256);
        e.Property(s => s.Version).IsConcurrencyToken();
        e.HasIndex(s => new { s.OrganisationId, s.Visibility, s.UpdatedAt });
        e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(s => s.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<EdsOutcome>().WithMany().HasForeignKey(s => s.EdsOutcomeId).OnDelete(DeleteBehavior.Restrict);
    }
}
