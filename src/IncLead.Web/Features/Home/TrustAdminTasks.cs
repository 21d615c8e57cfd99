namespace IncLead.Web.Features.Home;

/// <summary>The counts a trust admin acts on, read in one go for the home page.</summary>
public sealed record AdminFacts(IReadOnlyList<string> LockedOut, int InvitationsWaiting, int InvitationsExpired, int MembersWithoutTwoFactor);

/// <summary>The trust admin's home panel: what needs doing, most urgent first; empty when nothing does.</summary>
public sealed record TrustAdminHome(IReadOnlyList<NextTask> Tasks);

/// <summary>
/// What a trust admin should look at: locked accounts first (someone cannot work), then invitations that expired
/// unanswered in the last 30 days, then those still waiting, then members signing in without two-factor.
/// </summary>
public static class TrustAdminTasks
{
    public const int ExpiredInvitationDays = 30;

    public static TrustAdminHome For(AdminFacts f)
    {
        var tasks = new List<NextTask>();
        if (f.LockedOut.Count > 0)
            tasks.Add(new($"{People(f.LockedOut.Count)} locked out: {string.Join(", ", f.LockedOut)}",
                "An account locks for 15 minutes after 5 wrong passwords. If it keeps happening, check with the person. They can also reset their password.", "See users", "/admin/users"));
        if (f.InvitationsExpired > 0)
            tasks.Add(new($"{Invitations(f.InvitationsExpired)} expired without being accepted", "Send a new invitation if the person still needs access.", "Invite a user", "/admin/users/invite"));
        if (f.InvitationsWaiting > 0)
            tasks.Add(new($"{Invitations(f.InvitationsWaiting)} not accepted yet", "Each invitation lasts 7 days.", "See waiting invitations", "/admin/users#invitations"));
        if (f.MembersWithoutTwoFactor > 0)
            tasks.Add(new(f.MembersWithoutTwoFactor == 1 ? "1 member has not set up two-factor sign-in" : $"{f.MembersWithoutTwoFactor} members have not set up two-factor sign-in",
                "Two-factor sign-in protects an account if its password is stolen. The users list shows who has it.", "See users", "/admin/users"));
        return new TrustAdminHome(tasks);
    }

    private static string People(int n) => n == 1 ? "1 person is" : $"{n} people are";

    private static string Invitations(int n) => n == 1 ? "1 invitation" : $"{n} invitations";
}
