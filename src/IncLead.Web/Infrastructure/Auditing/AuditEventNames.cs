namespace IncLead.Web.Infrastructure.Auditing;

/// <summary>
/// What each audit event code means, in words a trust admin reads ("Signed in", not "sign-in.succeeded"). The codes
/// stay as they are in the database and in the CSV export (where a column of these names sits beside them).
/// </summary>
public static class AuditEventNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [AuditActions.SignInSucceeded] = "Signed in",
        [AuditActions.SignInFailed] = "Sign-in failed",
        [AuditActions.SignInLockedOut] = "Account locked after failed sign-ins",
        [AuditActions.SignedOut] = "Signed out",
        [AuditActions.PasswordReset] = "Password reset",
        [AuditActions.SignedOutEverywhere] = "Signed out on every device",
        [AuditActions.AccountUnlocked] = "Account unlocked from the emailed link",
        [AuditActions.UnlockRefused] = "Unlock link refused",
        [AuditActions.PasswordResetRequested] = "Password reset asked for",
        [AuditActions.PasswordResetRefused] = "Password reset link refused",
        [AuditActions.InvitationLinkRefused] = "Invitation link refused",
        [AuditActions.SingleSignOnSucceeded] = "Signed in through the organisation's account",
        [AuditActions.SingleSignOnFailed] = "Sign-in through the organisation's account failed",
        [AuditActions.SingleSignOnRefused] = "Sign-in through the organisation's account refused",
        [AuditActions.SingleSignOnJoined] = "Joined through the organisation's account",
        [AuditActions.SingleSignOnSessionEnded] = "Session ended by the organisation's account",
        [AuditActions.SingleSignOnConfigured] = "Single sign-on settings changed",
        [AuditActions.TargetsSet] = "Targets set",
        [AuditActions.BenchmarkOptedIn] = "Joined the benchmark",
        [AuditActions.BenchmarkOptedOut] = "Left the benchmark",
        [AuditActions.CoverSheetSaved] = "Board cover sheet saved",
        [AuditActions.TwoFactorEnabled] = "Two-factor sign-in set up",
        [AuditActions.TwoFactorDisabled] = "Two-factor sign-in turned off",
        [AuditActions.TwoFactorReset] = "Two-factor sign-in reset",
        [AuditActions.InvitationSent] = "Invitation sent",
        [AuditActions.InvitationAccepted] = "Invitation accepted",
        [AuditActions.InvitationRevoked] = "Invitation withdrawn",
        [AuditActions.RolesChanged] = "Roles changed",
        [AuditActions.MemberDeactivated] = "Account deactivated",
        [AuditActions.MemberReactivated] = "Account reactivated",
        [AuditActions.OrganisationCreated] = "Organisation created",
        [AuditActions.OrganisationUpdated] = "Organisation details changed",
        [AuditActions.OrganisationSwitched] = "Switched organisation",
        [AuditActions.AuditExported] = "Audit log exported",
        [AuditActions.CycleCreated] = "Cycle created",
        [AuditActions.CycleUpdated] = "Cycle changed",
        [AuditActions.CycleOpened] = "Cycle opened",
        [AuditActions.CycleClosed] = "Cycle closed",
        [AuditActions.ResultsReleased] = "Results released to the board",
        [AuditActions.RemindersSent] = "Reminders sent",
        [AuditActions.CycleSignedOff] = "Cycle signed off",
        [AuditActions.CycleSignOffCorrected] = "Sign-off corrected",
        [AuditActions.AgreedPositionRecorded] = "Agreed position recorded",
        [AuditActions.AgreedPositionChanged] = "Agreed position changed",
        [AuditActions.EdsAssessmentStarted] = "EDS assessment started",
        [AuditActions.EdsAssessmentChanged] = "EDS assessment changed",
        [AuditActions.EdsEvidenceAdded] = "EDS evidence added",
        [AuditActions.EdsEvidenceChanged] = "EDS evidence changed",
        [AuditActions.EdsEvidenceRemoved] = "EDS evidence removed",
        [AuditActions.EdsPanellistInvited] = "EDS panel member invited",
        [AuditActions.EdsPanellistRevoked] = "EDS panel member's link withdrawn",
        [AuditActions.EdsProvisionalScoreSubmitted] = "EDS panel score given",
        [AuditActions.EdsScoreAgreed] = "EDS score agreed",
        [AuditActions.EdsScoreChanged] = "EDS score changed",
        [AuditActions.EdsEngagementCheckRecorded] = "EDS engagement check recorded",
        [AuditActions.EdsEngagementEventRecorded] = "EDS engagement event recorded",
        [AuditActions.EdsEngagementEventRemoved] = "EDS engagement event removed",
        [AuditActions.EdsObjectivesChanged] = "EDS objectives changed",
        [AuditActions.EdsSummaryPublished] = "EDS summary published",
        [AuditActions.EdsSummaryWithdrawn] = "EDS summary withdrawn",
        [AuditActions.ActionRaised] = "Action raised",
        [AuditActions.ActionChanged] = "Action changed",
        [AuditActions.ActionProgressed] = "Action progress updated",
        [AuditActions.ActionPlanRulesChanged] = "Action plan settings changed",
        [AuditActions.StoryAdded] = "Story added",
        [AuditActions.StoryChanged] = "Story changed",
        [AuditActions.BoardSessionPlanned] = "Board development session planned",
        [AuditActions.BoardSessionChanged] = "Board development session changed",
        [AuditActions.ReportExported] = "Report downloaded",
    };

    /// <summary>The readable name; a code this list does not know (one added later, say) is shown as it is rather than hidden.</summary>
    public static string Of(string code) => Names.TryGetValue(code, out var name) ? name : code;

    public static IReadOnlyCollection<string> Codes => Names.Keys;
}
