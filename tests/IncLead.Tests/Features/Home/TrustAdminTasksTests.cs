using IncLead.Web.Features.Home;

namespace IncLead.Tests.Features.Home;

/// <summary>The trust admin's panel, as a table of counts → tasks in order of urgency. No database.</summary>
public sealed class TrustAdminTasksTests
{
    public static TheoryData<string, AdminFacts, string[]> Table => new()
    {
        // Empty: nothing needs attention.
        { "all well", new AdminFacts([], 0, 0, 0), [] },
        { "one waiting invitation", new AdminFacts([], 1, 0, 0), ["1 invitation not accepted yet"] },
        { "no two-factor", new AdminFacts([], 0, 0, 3), ["3 members have not set up two-factor sign-in"] },
        // Most urgent first: someone who cannot sign in, then lapsed invitations, then waiting ones, then two-factor.
        { "everything at once", new AdminFacts(["Ann Lee", "Bo Chan"], 2, 1, 1),
            ["2 people are locked out: Ann Lee, Bo Chan", "1 invitation expired without being accepted", "2 invitations not accepted yet", "1 member has not set up two-factor sign-in"] },
        { "one locked", new AdminFacts(["Ann Lee"], 0, 0, 0), ["1 person is locked out: Ann Lee"] },
    };

    [Theory, MemberData(nameof(Table))]
    public void Tasks_are_listed_most_urgent_first(string _, AdminFacts facts, string[] headings)
    {
        var home = TrustAdminTasks.For(facts);
        Assert.Equal(headings, home.Tasks.Select(t => t.Heading));
        Assert.All(home.Tasks, t => Assert.StartsWith("/admin/users", t.Href, StringComparison.Ordinal));
    }
}
