using IncLead.Web.Domain;
using IncLead.Web.Domain.Benchmarking;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncLead.Web.Data.Configurations;

public sealed class BoardTargetConfiguration : IEntityTypeConfiguration<BoardTarget>
{
    public void Configure(EntityTypeBuilder<BoardTarget> e)
    {
        e.Property(t => t.StageCode).HasMaxLength(BoardTarget.CodeMaxLength);
        e.Property(t => t.StatementCode).HasMaxLength(BoardTarget.CodeMaxLength);
        e.Property(t => t.SetByName).HasMaxLength(256);
        e.HasIndex(t => new { t.CycleId, t.StageCode, t.StatementCode }).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Cycle>().WithMany().HasForeignKey(t => t.CycleId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BenchmarkParticipationConfiguration : IEntityTypeConfiguration<BenchmarkParticipation>
{
    public void Configure(EntityTypeBuilder<BenchmarkParticipation> e)
    {
        e.Property(p => p.ChangedByName).HasMaxLength(256);
        e.HasIndex(p => p.OrganisationId).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BenchmarkContributionConfiguration : IEntityTypeConfiguration<BenchmarkContribution>
{
    public void Configure(EntityTypeBuilder<BenchmarkContribution> e)
    {
        e.HasIndex(c => new { c.OrganisationId, c.FrameworkId }).IsUnique();
        e.HasIndex(c => new { c.FrameworkId, c.PeerGroup });
        e.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Framework>().WithMany().HasForeignKey(c => c.FrameworkId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BenchmarkFigureConfiguration : IEntityTypeConfiguration<BenchmarkFigure>
{
    public void Configure(EntityTypeBuilder<BenchmarkFigure> e)
    {
        e.Property(f => f.Key).HasMaxLength(BenchmarkFigure.KeyMaxLength);
        e.HasIndex(f => new { f.FrameworkId, f.PeerGroup, f.Key }).IsUnique();
        e.HasOne<Framework>().WithMany().HasForeignKey(f => f.FrameworkId).OnDelete(DeleteBehavior.Restrict);
    }
}
