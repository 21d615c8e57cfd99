using IncLead.Web.Domain;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncLead.Web.Data.Configurations;

// Cycle records never cascade: answers and sign-offs are evidence and must not disappear with a parent row, and
// SQL Server refuses the multiple cascade paths that organisation → cycle → respondent → answer would create.
public sealed class CycleConfiguration : IEntityTypeConfiguration<Cycle>
{
    public void Configure(EntityTypeBuilder<Cycle> e)
    {
        e.Property(c => c.Name).HasMaxLength(Cycle.NameMaxLength);
        e.HasIndex(c => new { c.OrganisationId, c.CreatedAt });
        e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Framework>().WithMany().HasForeignKey(c => c.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Cycle>().WithMany().HasForeignKey(c => c.PreviousCycleId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RespondentConfiguration : IEntityTypeConfiguration<Respondent>
{
    public void Configure(EntityTypeBuilder<Respondent> e)
    {
        e.Property(r => r.UserId).HasMaxLength(450);
        e.HasIndex(r => new { r.CycleId, r.UserId }).IsUnique();
        e.HasIndex(r => r.UserId);
        e.HasOne<Cycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> e)
    {
        e.Property(a => a.Comment).HasMaxLength(Answer.CommentMaxLength);
        e.HasIndex(a => new { a.RespondentId, a.StatementId }).IsUnique();
        e.HasIndex(a => new { a.CycleId, a.StatementId });
        e.HasOne<Respondent>().WithMany().HasForeignKey(a => a.RespondentId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Cycle>().WithMany().HasForeignKey(a => a.CycleId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Statement>().WithMany().HasForeignKey(a => a.StatementId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class StageCompletionConfiguration : IEntityTypeConfiguration<StageCompletion>
{
    public void Configure(EntityTypeBuilder<StageCompletion> e)
    {
        e.HasIndex(s => new { s.RespondentId, s.StageId }).IsUnique();
        e.HasOne<Respondent>().WithMany().HasForeignKey(s => s.RespondentId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Stage>().WithMany().HasForeignKey(s => s.StageId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class AgreedPositionConfiguration : IEntityTypeConfiguration<AgreedPosition>
{
    public void Configure(EntityTypeBuilder<AgreedPosition> e)
    {
        e.Property(p => p.Rationale).HasMaxLength(AgreedPosition.RationaleMaxLength);
        e.Property(p => p.Dissent).HasMaxLength(AgreedPosition.DissentMaxLength);
        e.Property(p => p.UpdatedByName).HasMaxLength(256);
        // App-managed token: a Guid works the same on SQLite and SQL Server, unlike rowversion.
        e.Property(p => p.Version).IsConcurrencyToken();
        e.HasIndex(p => new { p.CycleId, p.StatementId }).IsUnique();
        e.HasOne<Cycle>().WithMany().HasForeignKey(p => p.CycleId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Statement>().WithMany().HasForeignKey(p => p.StatementId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SignOffConfiguration : IEntityTypeConfiguration<SignOff>
{
    public void Configure(EntityTypeBuilder<SignOff> e)
    {
        e.Property(s => s.MinuteReference).HasMaxLength(SignOff.MinuteReferenceMaxLength);
        e.Property(s => s.CorrectionReason).HasMaxLength(SignOff.ReasonMaxLength);
        e.Property(s => s.SignedOffByUserId).HasMaxLength(450);
        e.Property(s => s.SignedOffByName).HasMaxLength(256);
        // Unbounded on purpose (nvarchar(max) on SQL Server): a snapshot holds a whole cycle's results.
        e.Property(s => s.Snapshot).HasMaxLength(int.MaxValue);
        e.HasIndex(s => new { s.CycleId, s.Version }).IsUnique();
        e.HasOne<Cycle>().WithMany().HasForeignKey(s => s.CycleId).OnDelete(DeleteBehavior.Restrict);
    }
}
