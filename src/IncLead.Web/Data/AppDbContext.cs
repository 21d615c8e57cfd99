using IncLead.Web.Domain;
using IncLead.Web.Domain.Actions;
using IncLead.Web.Domain.BoardDevelopment;
using IncLead.Web.Domain.Cycles;
using IncLead.Web.Domain.Eds;
using IncLead.Web.Domain.Frameworks;
using IncLead.Web.Domain.Stories;
using IncLead.Web.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Web.Data;

/// <summary>
/// Identity and domain in one context, so foreign keys and transactions span both. Organisation-owned records are
/// filtered to the current organisation; cross-organisation reads must say <c>IgnoreQueryFilters()</c> out loud.
/// This type owns the SQL Server migration set; <see cref="SqliteAppDbContext"/> owns the SQLite one.
/// </summary>
public class AppDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    public AppDbContext(DbContextOptions<AppDbContext> options) : base(options) { }

    protected AppDbContext(DbContextOptions options) : base(options) { }

    /// <summary>
    /// Whose data this context may see. Set each time the context is handed out (see <see cref="DataSetup"/>): contexts
    /// are pooled, so it cannot come through the constructor. Without it every organisation-owned set is empty.
    /// </summary>
    public CurrentOrganisation? Current { get; set; }

    // Read at each query, not when the context is built: Identity's security-stamp check can build this context during
    // authentication, before the request's user (and so its organisation) is known.
    public int? OrganisationId => Current?.Id;

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    // Not tenant-filtered: sign-in looks a domain up before anyone's organisation is known; admin pages scope by id.
    public DbSet<SingleSignOnConnection> SingleSignOnConnections => Set<SingleSignOnConnection>();
    public DbSet<SingleSignOnDomain> SingleSignOnDomains => Set<SingleSignOnDomain>();

    public DbSet<Framework> Frameworks => Set<Framework>();
    public DbSet<Stage> Stages => Set<Stage>();
    public DbSet<Factor> Factors => Set<Factor>();
    public DbSet<Statement> Statements => Set<Statement>();
    public DbSet<EdsDomain> EdsDomains => Set<EdsDomain>();
    public DbSet<EdsOutcome> EdsOutcomes => Set<EdsOutcome>();
    public DbSet<EdsGrade> EdsGrades => Set<EdsGrade>();
    public DbSet<CommunityEngagementCheck> CommunityEngagementChecks => Set<CommunityEngagementCheck>();

    public DbSet<Cycle> Cycles => Set<Cycle>();
    public DbSet<Respondent> Respondents => Set<Respondent>();
    public DbSet<Answer> Answers => Set<Answer>();
    public DbSet<StageCompletion> StageCompletions => Set<StageCompletion>();
    public DbSet<AgreedPosition> AgreedPositions => Set<AgreedPosition>();
    public DbSet<SignOff> SignOffs => Set<SignOff>();
    public DbSet<BoardTarget> BoardTargets => Set<BoardTarget>();
    public DbSet<Domain.Benchmarking.BenchmarkParticipation> BenchmarkParticipations => Set<Domain.Benchmarking.BenchmarkParticipation>();
    public DbSet<Domain.Benchmarking.BenchmarkContribution> BenchmarkContributions => Set<Domain.Benchmarking.BenchmarkContribution>();
    public DbSet<Domain.Benchmarking.BenchmarkFigure> BenchmarkFigures => Set<Domain.Benchmarking.BenchmarkFigure>();
    public DbSet<CoverSheet> CoverSheets => Set<CoverSheet>();

    public DbSet<EdsAssessment> EdsAssessments => Set<EdsAssessment>();
    public DbSet<EdsService> EdsServices => Set<EdsService>();
    public DbSet<EvidenceItem> EvidenceItems => Set<EvidenceItem>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<Panellist> Panellists => Set<Panellist>();
    public DbSet<PanellistOutcome> PanellistOutcomes => Set<PanellistOutcome>();
    public DbSet<ProvisionalScore> ProvisionalScores => Set<ProvisionalScore>();
    public DbSet<EdsOutcomeGrade> EdsOutcomeGrades => Set<EdsOutcomeGrade>();
    public DbSet<EdsServiceScore> EdsServiceScores => Set<EdsServiceScore>();
    public DbSet<EngagementCheckProgress> EngagementChecks => Set<EngagementCheckProgress>();
    public DbSet<EngagementEvent> EngagementEvents => Set<EngagementEvent>();
    public DbSet<EngagementAttendee> EngagementAttendees => Set<EngagementAttendee>();
    public DbSet<EqualityObjective> EqualityObjectives => Set<EqualityObjective>();
    public DbSet<EdsPublication> EdsPublications => Set<EdsPublication>();
    public DbSet<BoardSessionTemplate> BoardSessionTemplates => Set<BoardSessionTemplate>();
    public DbSet<ActionItem> Actions => Set<ActionItem>();
    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<BoardDevelopmentSession> BoardDevelopmentSessions => Set<BoardDevelopmentSession>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Tenancy: one filter per organisation-owned entity; EF evaluates OrganisationId afresh for every query.
        builder.Entity<Membership>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<Invitation>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<AuditEntry>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<Cycle>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<Respondent>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<Answer>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<StageCompletion>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<AgreedPosition>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<SignOff>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<BoardTarget>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<Domain.Benchmarking.BenchmarkParticipation>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<Domain.Benchmarking.BenchmarkContribution>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<CoverSheet>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<EdsAssessment>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<EvidenceItem>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<EvidenceFile>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<Panellist>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<ProvisionalScore>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<EdsOutcomeGrade>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<EngagementCheckProgress>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<EngagementEvent>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<EqualityObjective>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<EdsPublication>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<ActionItem>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<ProgressUpdate>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<Story>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
        builder.Entity<BoardDevelopmentSession>().HasQueryFilter(e => e.OrganisationId == OrganisationId);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAppendOnly();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAppendOnly();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private void GuardAppendOnly()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit log is append-only.");
        // A signed-off snapshot is what reports are built from; a correction is a new version, never an edit.
        if (ChangeTracker.Entries<SignOff>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Sign-offs are append-only.");
        // An action's history is what "did it work?" and the audit rely on; a correction is a new update.
        if (ChangeTracker.Entries<ProgressUpdate>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Progress updates are append-only.");
    }
}
