using IncLead.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncLead.Web.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.Property(a => a.ActorUserId).HasMaxLength(450);
        e.Property(a => a.ActorName).HasMaxLength(256);
        e.Property(a => a.Action).HasMaxLength(AuditEntry.ActionMaxLength);
        e.Property(a => a.TargetType).HasMaxLength(64);
        e.Property(a => a.TargetId).HasMaxLength(64);
        e.Property(a => a.Summary).HasMaxLength(AuditEntry.SummaryMaxLength);
        e.Property(a => a.IpAddress).HasMaxLength(64);
        e.HasIndex(a => new { a.OrganisationId, a.OccurredAt });
        // No foreign keys: the log must outlive whatever it mentions.
    }
}
