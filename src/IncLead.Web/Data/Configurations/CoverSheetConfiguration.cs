using IncLead.Web.Domain;
using IncLead.Web.Domain.Cycles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncLead.Web.Data.Configurations;

public sealed class CoverSheetConfiguration : IEntityTypeConfiguration<CoverSheet>
{
    public void Configure(EntityTypeBuilder<CoverSheet> e)
    {
        e.HasIndex(c => c.CycleId).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Cycle>().WithMany().HasForeignKey(c => c.CycleId).OnDelete(DeleteBehavior.Restrict);
        e.Property(c => c.UpdatedByName).HasMaxLength(256);
        e.OwnsOne(c => c.Content, content =>
        {
            content.Property(x => x.Meeting).HasMaxLength(CoverSheet.ShortMaxLength).HasColumnName("Meeting");
            content.Property(x => x.MeetingDate).HasColumnName("MeetingDate");
            content.Property(x => x.AgendaItem).HasMaxLength(CoverSheet.AgendaItemMaxLength).HasColumnName("AgendaItem");
            content.Property(x => x.ReportTitle).HasMaxLength(CoverSheet.ShortMaxLength).HasColumnName("ReportTitle");
            content.Property(x => x.Purpose).HasColumnName("Purpose");
            content.Property(x => x.Author).HasMaxLength(CoverSheet.ShortMaxLength).HasColumnName("Author");
            content.Property(x => x.ExecutiveSponsor).HasMaxLength(CoverSheet.ShortMaxLength).HasColumnName("ExecutiveSponsor");
            content.Property(x => x.PreviouslyConsideredBy).HasMaxLength(CoverSheet.LongMaxLength).HasColumnName("PreviouslyConsideredBy");
            content.Property(x => x.Recommendation).HasMaxLength(CoverSheet.LongMaxLength).HasColumnName("Recommendation");
            content.Property(x => x.Assurance).HasColumnName("Assurance");
            content.Property(x => x.StrategicLinks).HasMaxLength(CoverSheet.LongMaxLength).HasColumnName("StrategicLinks");
            content.Property(x => x.Summary).HasMaxLength(CoverSheet.SummaryMaxLength).HasColumnName("Summary");
        });
        e.Navigation(c => c.Content).IsRequired();
    }
}
