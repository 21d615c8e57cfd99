using IncLead.Web.Domain;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Domain.Stories;
using IncLead.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncLead.Web.Data.Configurations;

// Actions never cascade: they are dropped, not deleted, and their history is evidence. Restrict everywhere also keeps
// SQL Server clear of multiple cascade paths (two foreign keys to users, several to the framework library).
public sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> e)
    {
        e.ToTable("Actions");
        e.Ignore(a => a.Source);
        e.Property(a => a.Title).HasMaxLength(ActionItem.TitleMaxLength);
        e.Property(a => a.Description).HasMaxLength(ActionItem.DescriptionMaxLength);
        e.Property(a => a.CompletionEvidence).HasMaxLength(ActionItem.EvidenceMaxLength);
        e.Property(a => a.DropReason).HasMaxLength(ActionItem.DropReasonMaxLength);
        e.Property(a => a.RiskNote).HasMaxLength(ActionItem.RiskNoteMaxLength);
        e.Property(a => a.OwnerUserId).HasMaxLength(450);
        e.Property(a => a.ExecutiveLeadUserId).HasMaxLength(450);
        e.Property(a => a.CreatedByName).HasMaxLength(256);
        e.Property(a => a.UpdatedByName).HasMaxLength(256);
        // App-managed token, as for agreed positions: a Guid behaves the same on SQLite and SQL Server.
        e.Property(a => a.Version).IsConcurrencyToken();
        e.HasIndex(a => new { a.OrganisationId, a.Status, a.DueOn });
        e.HasIndex(a => a.OwnerUserId);
        e.HasIndex(a => new { a.Status, a.DueOn });
        e.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(a => a.OwnerUserId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(a => a.ExecutiveLeadUserId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Cycle>().WithMany().HasForeignKey(a => a.CycleId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Stage>().WithMany().HasForeignKey(a => a.StageId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Factor>().WithMany().HasForeignKey(a => a.FactorId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Statement>().WithMany().HasForeignKey(a => a.StatementId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<EdsOutcome>().WithMany().HasForeignKey(a => a.EdsOutcomeId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Story>().WithMany().HasForeignKey(a => a.StoryId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> e)
    {
        e.Property(u => u.ByUserId).HasMaxLength(450);
        e.Property(u => u.ByName).HasMaxLength(256);
        e.Property(u => u.Note).HasMaxLength(ProgressUpdate.NoteMaxLength);
        e.Property(u => u.Changes).HasMaxLength(ProgressUpdate.ChangesMaxLength);
        e.HasIndex(u => new { u.ActionItemId, u.At });
        e.HasOne<ActionItem>().WithMany().HasForeignKey(u => u.ActionItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
