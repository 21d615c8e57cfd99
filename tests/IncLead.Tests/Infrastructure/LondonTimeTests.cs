using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using IncLead.Web.Infrastructure;

namespace IncLead.Tests.Infrastructure;

/// <summary>
/// Times are stored in UTC and shown in UK time, labelled GMT or BST, on both sides of each clock change: on pages, in
/// emails, in the CSV export and in PDFs, which name the UK day of a moment such as a sign-off.
/// </summary>
public sealed class LondonTimeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("2027-03-28T00:30:00Z", "28 March 2027 at 12:30am (GMT)")]   // the last half hour of winter time
    [InlineData("2027-03-28T01:30:00Z", "28 March 2027 at 2:30am (BST)")]    // clocks went forward at 01:00 UTC
    [InlineData("2026-10-25T00:30:00Z", "25 October 2026 at 1:30am (BST)")]  // the first 1:30am of that night
    [InlineData("2026-10-25T01:30:00Z", "25 October 2026 at 1:30am (GMT)")]  // and the second, an hour later
    [InlineData("2026-06-30T23:15:00Z", "1 July 2026 at 12:15am (BST)")]     // already tomorrow in the UK
    [InlineData("2026-12-01T12:00:00Z", "1 December 2026 at midday (GMT)")]
    [InlineData("2026-07-01T23:00:00Z", "2 July 2026 at midnight (BST)")]
    public void A_moment_reads_in_UK_time_with_its_zone(string utc, string expected) =>
        Assert.Equal(expected, Dates.WithTime(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal)));

    [Theory]
    [InlineData("2026-06-30T23:15:00Z", "1 July 2026")]      // signed off after 11pm UTC in summer: the UK day after
    [InlineData("2026-12-31T23:15:00Z", "31 December 2026")] // in winter the UK day is the UTC day
    public void A_PDF_names_the_UK_day_of_a_moment(string utc, string expected) =>
        Assert.Equal(expected, IncLead.Web.Reporting.PackTables.DayOf(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal)));

    [Fact]
    public void A_UK_day_starts_at_midnight_UK_time() =>
        Assert.Equal((new DateTime(2026, 6, 30, 23, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)),
            (Dates.LondonMidnightUtc(new DateOnly(2026, 7, 1)), Dates.LondonMidnightUtc(new DateOnly(2026, 12, 1))));

    [Fact]
    public async Task An_invitation_email_gives_its_expiry_in_UK_time_in_winter_and_in_summer()
    {
        // The test clock starts on 2 November 2026 at 09:00 UTC: the link expires seven days later, 9am GMT.
        var winter = await InviteAsync("winter.invitee@riverside.example");
        Assert.Contains("expires on 9 November 2026 at 9am (GMT)", winter, StringComparison.Ordinal);

        // 200 days on it is 21 May 2027: the link expires on 28 May at 09:00 UTC, which is 10am BST.
        app.Clock.Advance(TimeSpan.FromDays(200));
        var summer = await InviteAsync("summer.invitee@riverside.example");
        Assert.Contains("expires on 28 May 2027 at 10am (BST)", summer, StringComparison.Ordinal);
    }

    private async Task<string> InviteAsync(string email)
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var sent = await admin.SubmitAsync("/admin/users/invite", "/admin/users/invite",
            new Dictionary<string, string> { ["FullName"] = "Alex Reed", ["Email"] = email, ["Roles"] = "BoardMember", ["Position"] = "NonExecutiveDirector" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await app.DeliverMailAsync();
        return Mail.To(app.MailFolder, email).TextBody ?? "";
    }
}
