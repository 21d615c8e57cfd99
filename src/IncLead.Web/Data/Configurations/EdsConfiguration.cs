using IncLead.Web.Domain;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncLead.Web.Data.Configurations;

// EDS records hang off the assessment and never cascade from it: grades, evidence and panel submissions are the
// record of a public grading and must not vanish with a parent row, and SQL Server refuses the multiple cascade paths
// that assessment → grade → service score and assessment → service → service score would make. Only a record's own
// parts (a grade's service scores, a panellist's outcomes, an event's attendees, an item's file) cascade, along one path each.
public sealed class EdsAssessmentConfiguration : IEntityTypeConfiguration<EdsAssessment>
{
    public void Configure(EntityTypeBuilder<EdsAssessment> e)
    {
        e.Property(a => a.EdsLeadName).HasMaxLength(EdsAssessment.NameMaxLength);
        e.Property(a => a.BoardSponsorName).HasMaxLength(EdsAssessment.NameMaxLength);
        e.Property(a => a.PublicSlug).HasMaxLength(EdsAssessment.SlugMaxLength);
        e.Property(a => a.IntegratedCareSystem).HasMaxLength(EdsAssessment.NameMaxLength);
        e.Property(a => a.AuthorisedBy).HasMaxLength(EdsAssessment.NameMaxLength);
        e.Property(a => a.PreviousYearActions).HasMaxLength(EdsAssessment.PreviousYearMaxLength);
        e.HasIndex(a => a.CycleId).IsUnique();
        e.HasIndex(a => new { a.OrganisationId, a.PublicSlug }).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Cycle>().WithMany().HasForeignKey(a => a.CycleId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Framework>().WithMany().HasForeignKey(a => a.FrameworkId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(a => a.Services).WithOne().HasForeignKey(s => s.AssessmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EdsServiceConfiguration : IEntityTypeConfiguration<EdsService>
{
    public void Configure(EntityTypeBuilder<EdsService> e)
    {
        e.Property(s => s.Name).HasMaxLength(EdsService.NameMaxLength);
        e.HasIndex(s => new { s.AssessmentId, s.Number }).IsUnique();
    }
}

public sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> e)
    {
        e.Property(i => i.Title).HasMaxLength(EvidenceItem.TitleMaxLength);
        e.Property(i => i.Summary).HasMaxLength(EvidenceItem.SummaryMaxLength);
        e.Property(i => i.Link).HasMaxLength(EvidenceItem.LinkMaxLength);
        e.Property(i => i.Owner).HasMaxLength(EvidenceItem.OwnerMaxLength);
        e.Property(i => i.ProtectedCharacteristics).HasMaxLength(EvidenceItem.TagsMaxLength);
        e.Property(i => i.HealthInclusionGroups).HasMaxLength(EvidenceItem.TagsMaxLength);
        e.Property(i => i.FileName).HasMaxLength(EvidenceItem.FileNameMaxLength);
        e.Property(i => i.UpdatedByName).HasMaxLength(256);
        e.Ignore(i => i.HasFile);
        e.HasIndex(i => new { i.AssessmentId, i.OutcomeId });
        e.HasOne<EdsAssessment>().WithMany().HasForeignKey(i => i.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<EdsOutcome>().WithMany().HasForeignKey(i => i.OutcomeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> e)
    {
        // varbinary(max) on SQL Server; the 10 MB limit is enforced when the file is uploaded.
        e.Property(f => f.Content).HasMaxLength(int.MaxValue);
        e.Property(f => f.Sha256).HasMaxLength(64);
        e.HasIndex(f => f.EvidenceItemId).IsUnique();
        e.HasOne(f => f.Item).WithOne().HasForeignKey<EvidenceFile>(f => f.EvidenceItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PanellistConfiguration : IEntityTypeConfiguration<Panellist>
{
    public void Configure(EntityTypeBuilder<Panellist> e)
    {
        e.Property(p => p.Name).HasMaxLength(Panellist.NameMaxLength);
        e.Property(p => p.Email).HasMaxLength(Panellist.EmailMaxLength);
        e.Property(p => p.TokenHash).HasMaxLength(64);
        e.Property(p => p.InvitedByName).HasMaxLength(256);
        e.HasIndex(p => p.TokenHash).IsUnique();
        e.HasIndex(p => p.AssessmentId);
        e.HasOne<EdsAssessment>().WithMany().HasForeignKey(p => p.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(p => p.Outcomes).WithOne().HasForeignKey(o => o.PanellistId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PanellistOutcomeConfiguration : IEntityTypeConfiguration<PanellistOutcome>
{
    public void Configure(EntityTypeBuilder<PanellistOutcome> e)
    {
        e.HasIndex(o => new { o.PanellistId, o.OutcomeId }).IsUnique();
        e.HasOne<EdsOutcome>().WithMany().HasForeignKey(o => o.OutcomeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProvisionalScoreConfiguration : IEntityTypeConfiguration<ProvisionalScore>
{
    public void Configure(EntityTypeBuilder<ProvisionalScore> e)
    {
        e.Property(s => s.Comment).HasMaxLength(ProvisionalScore.CommentMaxLength);
        e.HasIndex(s => new { s.PanellistId, s.OutcomeId }).IsUnique();
        e.HasOne<Panellist>().WithMany().HasForeignKey(s => s.PanellistId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<EdsOutcome>().WithMany().HasForeignKey(s => s.OutcomeId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EdsOutcomeGradeConfiguration : IEntityTypeConfiguration<EdsOutcomeGrade>
{
    public void Configure(EntityTypeBuilder<EdsOutcomeGrade> e)
    {
        e.Property(g => g.Rationale).HasMaxLength(EdsOutcomeGrade.RationaleMaxLength);
        e.Property(g => g.Owner).HasMaxLength(EdsOutcomeGrade.OwnerMaxLength);
        e.Property(g => g.Present).HasMaxLength(EdsOutcomeGrade.PresentMaxLength);
        e.Property(g => g.UpdatedByName).HasMaxLength(256);
        // App-managed token: a Guid works the same on SQLite and SQL Server, unlike rowversion.
        e.Property(g => g.Version).IsConcurrencyToken();
        e.HasIndex(g => new { g.AssessmentId, g.OutcomeId }).IsUnique();
        e.HasOne<EdsAssessment>().WithMany().HasForeignKey(g => g.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<EdsOutcome>().WithMany().HasForeignKey(g => g.OutcomeId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(g => g.ServiceScores).WithOne().HasForeignKey(s => s.GradeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EdsServiceScoreConfiguration : IEntityTypeConfiguration<EdsServiceScore>
{
    public void Configure(EntityTypeBuilder<EdsServiceScore> e)
    {
        e.HasIndex(s => new { s.GradeId, s.ServiceId }).IsUnique();
        e.HasOne<EdsService>().WithMany().HasForeignKey(s => s.ServiceId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EngagementCheckProgressConfiguration : IEntityTypeConfiguration<EngagementCheckProgress>
{
    public void Configure(EntityTypeBuilder<EngagementCheckProgress> e)
    {
        e.Property(p => p.Evidence).HasMaxLength(EngagementCheckProgress.EvidenceMaxLength);
        e.Property(p => p.UpdatedByName).HasMaxLength(256);
        e.HasIndex(p => new { p.AssessmentId, p.CheckId }).IsUnique();
        e.HasOne<EdsAssessment>().WithMany().HasForeignKey(p => p.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CommunityEngagementCheck>().WithMany().HasForeignKey(p => p.CheckId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EngagementEventConfiguration : IEntityTypeConfiguration<EngagementEvent>
{
    public void Configure(EntityTypeBuilder<EngagementEvent> e)
    {
        e.Property(v => v.Title).HasMaxLength(EngagementEvent.TitleMaxLength);
        e.Property(v => v.GroupsReached).HasMaxLength(EngagementEvent.GroupsMaxLength);
        e.Property(v => v.ProtectedCharacteristics).HasMaxLength(EvidenceItem.TagsMaxLength);
        e.Property(v => v.Notes).HasMaxLength(EngagementEvent.NotesMaxLength);
        e.Property(v => v.UpdatedByName).HasMaxLength(256);
        e.HasIndex(v => new { v.AssessmentId, v.HeldOn });
        e.HasOne<EdsAssessment>().WithMany().HasForeignKey(v => v.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(v => v.BoardMembersPresent).WithOne().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EngagementAttendeeConfiguration : IEntityTypeConfiguration<EngagementAttendee>
{
    public void Configure(EntityTypeBuilder<EngagementAttendee> e)
    {
        e.Property(a => a.UserId).HasMaxLength(450);
        e.HasIndex(a => new { a.EventId, a.UserId }).IsUnique();
        e.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EqualityObjectiveConfiguration : IEntityTypeConfiguration<EqualityObjective>
{
    public void Configure(EntityTypeBuilder<EqualityObjective> e)
    {
        e.Property(o => o.Text).HasMaxLength(EqualityObjective.TextMaxLength);
        e.Property(o => o.Action).HasMaxLength(EqualityObjective.ActionMaxLength);
        e.HasOne<EdsOutcome>().WithMany().HasForeignKey(o => o.OutcomeId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(o => o.AssessmentId);
        e.HasOne<EdsAssessment>().WithMany().HasForeignKey(o => o.AssessmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class EdsPublicationConfiguration : IEntityTypeConfiguration<EdsPublication>
{
    public void Configure(EntityTypeBuilder<EdsPublication> e)
    {
        e.Property(p => p.Slug).HasMaxLength(EdsAssessment.SlugMaxLength);
        e.Property(p => p.PublishedByName).HasMaxLength(256);
        // Unbounded on purpose (nvarchar(max) on SQL Server): a snapshot holds a whole published summary.
        e.Property(p => p.Snapshot).HasMaxLength(int.MaxValue);
        e.Ignore(p => p.IsLive);
        e.HasIndex(p => new { p.OrganisationId, p.Slug, p.WithdrawnAt });
        e.HasOne<EdsAssessment>().WithMany().HasForeignKey(p => p.AssessmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
