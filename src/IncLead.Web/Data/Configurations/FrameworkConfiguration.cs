using IncLead.Web.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncLead.Web.Data.Configurations;

// The framework library is shared by every organisation, so it has no OrganisationId and no query filter.
// Children cascade from their framework along one path each; nothing else cascades into them.
public sealed class FrameworkConfiguration : IEntityTypeConfiguration<Framework>
{
    public void Configure(EntityTypeBuilder<Framework> e)
    {
        e.Property(f => f.Code).HasMaxLength(Framework.CodeMaxLength);
        e.Property(f => f.Version).HasMaxLength(Framework.CodeMaxLength);
        e.Property(f => f.Title).HasMaxLength(Framework.TitleMaxLength);
        e.Property(f => f.Publisher).HasMaxLength(Framework.TitleMaxLength);
        e.Property(f => f.Published).HasMaxLength(16);
        e.Property(f => f.Summary).HasMaxLength(Framework.SummaryMaxLength);
        e.Property(f => f.ContentHash).HasMaxLength(64);
        e.HasIndex(f => new { f.Code, f.Version }).IsUnique();
        e.HasMany(f => f.Stages).WithOne().HasForeignKey(s => s.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(f => f.Domains).WithOne().HasForeignKey(d => d.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(f => f.Grades).WithOne().HasForeignKey(g => g.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(f => f.CommunityEngagementChecks).WithOne().HasForeignKey(c => c.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(f => f.SessionTemplate).WithOne().HasForeignKey<BoardSessionTemplate>(t => t.FrameworkId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StageConfiguration : IEntityTypeConfiguration<Stage>
{
    public void Configure(EntityTypeBuilder<Stage> e)
    {
        e.Property(s => s.Code).HasMaxLength(Statement.CodeMaxLength);
        e.Property(s => s.Title).HasMaxLength(Framework.TitleMaxLength);
        e.Property(s => s.Theme).HasMaxLength(Framework.TitleMaxLength);
        e.Property(s => s.Summary).HasMaxLength(Framework.SummaryMaxLength);
        e.ComplexProperty(s => s.Source, SourceColumns.Map);
        e.HasIndex(s => new { s.FrameworkId, s.Code }).IsUnique();
        e.HasMany(s => s.Factors).WithOne().HasForeignKey(f => f.StageId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class FactorConfiguration : IEntityTypeConfiguration<Factor>
{
    public void Configure(EntityTypeBuilder<Factor> e)
    {
        e.Property(f => f.Code).HasMaxLength(Statement.CodeMaxLength);
        e.Property(f => f.Title).HasMaxLength(Framework.TitleMaxLength);
        e.Property(f => f.Summary).HasMaxLength(Statement.GuidanceMaxLength);
        e.ComplexProperty(f => f.Source, SourceColumns.Map);
        e.HasIndex(f => new { f.StageId, f.Code }).IsUnique();
        e.HasMany(f => f.Statements).WithOne().HasForeignKey(s => s.FactorId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class StatementConfiguration : IEntityTypeConfiguration<Statement>
{
    public void Configure(EntityTypeBuilder<Statement> e)
    {
        e.Property(s => s.Code).HasMaxLength(Statement.CodeMaxLength);
        e.Property(s => s.Text).HasMaxLength(Statement.TextMaxLength);
        e.Property(s => s.Guidance).HasMaxLength(Statement.GuidanceMaxLength);
        e.Property(s => s.SuggestedAction).HasMaxLength(Statement.GuidanceMaxLength);
        e.Property(s => s.WhatGoodLooksLike).HasMaxLength(Statement.GuidanceMaxLength);
        e.Property(s => s.Covers).HasMaxLength(Statement.CoversMaxLength);
        e.ComplexProperty(s => s.Source, SourceColumns.Map);
        e.HasIndex(s => new { s.FactorId, s.Code }).IsUnique();
        e.HasIndex(s => s.Code);
    }
}

public sealed class EdsDomainConfiguration : IEntityTypeConfiguration<EdsDomain>
{
    public void Configure(EntityTypeBuilder<EdsDomain> e)
    {
        e.Property(d => d.Code).HasMaxLength(Statement.CodeMaxLength);
        e.Property(d => d.Title).HasMaxLength(Framework.TitleMaxLength);
        e.ComplexProperty(d => d.Source, SourceColumns.Map);
        e.HasIndex(d => new { d.FrameworkId, d.Code }).IsUnique();
        e.HasMany(d => d.Outcomes).WithOne().HasForeignKey(o => o.DomainId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class EdsOutcomeConfiguration : IEntityTypeConfiguration<EdsOutcome>
{
    public void Configure(EntityTypeBuilder<EdsOutcome> e)
    {
        e.Property(o => o.Code).HasMaxLength(Statement.CodeMaxLength);
        e.Property(o => o.Text).HasMaxLength(Statement.TextMaxLength);
        e.Property(o => o.Guidance).HasMaxLength(Statement.GuidanceMaxLength);
        e.ComplexProperty(o => o.Source, SourceColumns.Map);
        e.HasIndex(o => new { o.DomainId, o.Code }).IsUnique();
    }
}

public sealed class EdsGradeConfiguration : IEntityTypeConfiguration<EdsGrade>
{
    public void Configure(EntityTypeBuilder<EdsGrade> e)
    {
        e.Property(g => g.Name).HasMaxLength(Framework.TitleMaxLength);
        e.Property(g => g.Colour).HasMaxLength(16);
        e.Property(g => g.Description).HasMaxLength(Statement.GuidanceMaxLength);
        e.HasIndex(g => new { g.FrameworkId, g.Score }).IsUnique();
    }
}

public sealed class CommunityEngagementCheckConfiguration : IEntityTypeConfiguration<CommunityEngagementCheck>
{
    public void Configure(EntityTypeBuilder<CommunityEngagementCheck> e)
    {
        e.Property(c => c.Code).HasMaxLength(Statement.CodeMaxLength);
        e.Property(c => c.Text).HasMaxLength(Statement.TextMaxLength);
        e.ComplexProperty(c => c.Source, SourceColumns.Map);
        e.HasIndex(c => new { c.FrameworkId, c.Code }).IsUnique();
    }
}

internal static class SourceColumns
{
    public static void Map(ComplexPropertyBuilder<SourceReference> c)
    {
        c.Property(s => s.Document).HasColumnName("SourceDocument").HasMaxLength(SourceReference.DocumentMaxLength);
        c.Property(s => s.Section).HasColumnName("SourceSection").HasMaxLength(SourceReference.SectionMaxLength);
    }
}
