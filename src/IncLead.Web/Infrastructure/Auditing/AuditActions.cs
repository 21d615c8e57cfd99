namespace IncLead.Web.Infrastructure.Auditing;

/// <summary>The audit log's vocabulary; filters and exports rely on these exact strings.</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string SignInLockedOut = "sign-in.locked-out";
    public const string SignedOut = "sign-out";
    public const string SignedOutEverywhere = "sign-out.everywhere";
    public const string AccountUnlocked = "sign-in.unlocked";
    public const string UnlockRefused = "sign-in.unlock-refused";
    public const string PasswordResetRequested = "password.reset-requested";
    public const string PasswordResetRefused = "password.reset-refused";
    public const string InvitationLinkRefused = "invitation.link-refused";
    public const string PasswordReset = "password.reset";
    public const string TwoFactorEnabled = "two-factor.enabled";
    public const string TwoFactorDisabled = "two-factor.disabled";
    public const string TwoFactorReset = "two-factor.reset";
    public const string InvitationSent = "invitation.sent";
    public const string InvitationAccepted = "invitation.accepted";
    public const string InvitationRevoked = "invitation.revoked";
    public const string RolesChanged = "membership.roles-changed";
    public const string MemberDeactivated = "membership.deactivated";
    public const string MemberReactivated = "membership.reactivated";
    public const string OrganisationCreated = "organisation.created";
    public const string OrganisationUpdated = "organisation.updated";
    public const string OrganisationSwitched = "organisation.switched";
    public const string AuditExported = "audit.exported";
    public const string CycleCreated = "cycle.created";
    public const string CycleUpdated = "cycle.updated";
    public const string CycleOpened = "cycle.opened";
    public const string CycleClosed = "cycle.closed";
    public const string ResultsReleased = "cycle.results-released";
    public const string RemindersSent = "cycle.reminders-sent";
    public const string CycleSignedOff = "cycle.signed-off";
    public const string CycleSignOffCorrected = "cycle.sign-off-corrected";
    public const string AgreedPositionRecorded = "agreed-position.recorded";
    public const string AgreedPositionChanged = "agreed-position.changed";

    public const string EdsAssessmentStarted = "eds.assessment-started";
    public const string EdsAssessmentChanged = "eds.assessment-changed";
    public const string EdsEvidenceAdded = "eds.evidence-added";
    public const string EdsEvidenceChanged = "eds.evidence-changed";
    public const string EdsEvidenceRemoved = "eds.evidence-removed";
    public const string EdsPanellistInvited = "eds.panellist-invited";
    public const string EdsPanellistRevoked = "eds.panellist-revoked";
    public const string EdsProvisionalScoreSubmitted = "eds.provisional-score-submitted";
    public const string EdsScoreAgreed = "eds.score-agreed";
    public const string EdsScoreChanged = "eds.score-changed";
    public const string EdsEngagementCheckRecorded = "eds.engagement-check-recorded";
    public const string EdsEngagementEventRecorded = "eds.engagement-event-recorded";
    public const string EdsEngagementEventRemoved = "eds.engagement-event-removed";
    public const string EdsObjectivesChanged = "eds.objectives-changed";
    public const string EdsSummaryPublished = "eds.summary-published";
    public const string EdsSummaryWithdrawn = "eds.summary-withdrawn";
    public const string ActionRaised = "action.raised";
    public const string ActionChanged = "action.changed";
    public const string ActionProgressed = "action.progressed";
    public const string ActionPlanRulesChanged = "action-plan.rules-changed";
    public const string StoryAdded = "story.added";
    public const string StoryChanged = "story.changed";
    public const string BoardSessionPlanned = "board-session.planned";
    public const string BoardSessionChanged = "board-session.changed";
    public const string ReportExported = "report.exported";
}
