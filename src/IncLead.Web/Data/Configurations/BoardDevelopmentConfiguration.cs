using IncLead.Web.Domain;
using IncLead.Web.Domain.BoardDevelopment;
using IncLead.Web.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IncLead.Web.Data.Configurations;

// Aims, agenda, objectives and attendees are short lists always read with their session, so they are JSON columns
// (nvarchar(max) on SQL Server, text on SQLite) rather than child tables.
public sealed class BoardDevelopmentSessionConfiguration : IEntityTypeConfiguration<BoardDevelopmentSession>
{
    public void Configure(EntityTypeBuilder<BoardDevelopmentSession> e)
    {
        e.Property(s => s.Title).HasMaxLength(BoardDevelopmentSession.TitleMaxLength);
        e.Property(s => s.Venue).HasMaxLength(BoardDevelopmentSession.VenueMaxLength);
        e.Property(s => s.Facilitator).HasMaxLength(BoardDevelopmentSession.VenueMaxLength);
        e.Property(s => s.Outcomes).HasMaxLength(BoardDevelopmentSession.OutcomesMaxLength);
        e.Property(s => s.UpdatedByName).HasMaxLength(256);
        e.PrimitiveCollection(s => s.Aims);
        e.PrimitiveCollection(s => s.LearningObjectives);
        e.PrimitiveCollection(s => s.AttendeeUserIds);
        e.ComplexCollection(s => s.Agenda, a => a.ToJson());
        e.Property(s => s.Version).IsConcurrencyToken();
        e.HasIndex(s => new { s.OrganisationId, s.HeldOn });
        e.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class BoardSessionTemplateConfiguration : IEntityTypeConfiguration<BoardSessionTemplate>
{
    public void Configure(EntityTypeBuilder<BoardSessionTemplate> e)
    {
        e.PrimitiveCollection(t => t.Aims);
        e.PrimitiveCollection(t => t.LearningObjectives);
        e.ComplexCollection(t => t.Agenda, a => a.ToJson());
        e.ComplexProperty(t => t.Source, SourceColumns.Map);
        e.HasIndex(t => t.FrameworkId).IsUnique();
    }
}
