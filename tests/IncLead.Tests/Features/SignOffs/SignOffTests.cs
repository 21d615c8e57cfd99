using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.SignOffs;

public sealed class SignOffTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> SavePositionAsync(Browser lead, string url, string rating, string rationale)
    {
        var page = await lead.GetPageAsync(url);
        var version = System.Text.RegularExpressions.Regex.Match(page, "name=\"Form.Version\" value=\"([^\"]*)\"").Groups[1].Value;
        return await lead.SubmitAsync(url, url, [new("Form.Rating", rating), new("Form.Rationale", rationale), new("Form.Dissent", ""), new("Form.Version", version)]);
    }

    [Fact]
    public async Task A_cycle_cannot_be_signed_off_while_open_and_needs_a_meeting_date_and_minute()
    {
        var cycleId = await app.CreateOpenCycleAsync("Not yet", Demo.FinanceDirector);
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        Assert.Equal(HttpStatusCode.Conflict, (await lead.GetAsync($"/cycles/{cycleId}/sign-off")).StatusCode);
        await lead.SubmitAsync($"/cycles/{cycleId}", $"/cycles/{cycleId}/close", []);

        var bad = await lead.SubmitAsync($"/cycles/{cycleId}/sign-off", $"/cycles/{cycleId}/sign-off", [new("Form.MeetingDate", "31/02/2027"), new("Form.MinuteReference", "")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var html = await bad.Content.ReadAsStringAsync(Ct);
        Assert.Contains("The date of the board meeting must be a real date", html);
        Assert.Contains("Enter the minute reference", html);
        Assert.Equal(0, await app.QueryAsync(db => db.SignOffs.IgnoreQueryFilters().CountAsync(s => s.CycleId == cycleId, Ct)));
    }

    [Fact]
    public async Task The_sign_off_snapshot_is_unchanged_by_later_edits_which_make_a_new_version()
    {
        var cycleId = await app.CreateOpenCycleAsync("Signed", Demo.FinanceDirector, Demo.ChiefExecutive, Demo.NedAudit);
        var first = (await app.StatementIdsAsync(cycleId, 1))[0];
        foreach (var (email, rating) in new[] { (Demo.FinanceDirector, Rating.Achieving), (Demo.ChiefExecutive, Rating.Achieving), (Demo.NedAudit, Rating.Excelling) })
            await app.AddAsync(cycleId, email, new Dictionary<int, Rating?> { [first] = rating });
        var lead = Browser.For(app);
        await lead.SignInAsync(Demo.Lead);
        await lead.SubmitAsync($"/cycles/{cycleId}", $"/cycles/{cycleId}/close", []);
        var url = $"/cycles/{cycleId}/positions/{first}";
        Assert.Equal(HttpStatusCode.Redirect, (await SavePositionAsync(lead, url, "2", "Original rationale agreed at board")).StatusCode);

        var signed = await lead.SubmitAsync($"/cycles/{cycleId}/sign-off", $"/cycles/{cycleId}/sign-off", [new("Form.MeetingDate", "2026-11-26"), new("Form.MinuteReference", "TB/26/101")]);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var original = await app.QueryAsync(db => db.SignOffs.IgnoreQueryFilters().Where(s => s.CycleId == cycleId).Select(s => s.Snapshot).SingleAsync(Ct));
        Assert.Contains("Original rationale agreed at board", original);

        Assert.Equal(HttpStatusCode.Redirect, (await SavePositionAsync(lead, url, "1", "Corrected after the audit committee")).StatusCode);
        Assert.Equal(original, await app.QueryAsync(db => db.SignOffs.IgnoreQueryFilters().Where(s => s.CycleId == cycleId && s.Version == 1).Select(s => s.Snapshot).SingleAsync(Ct)));
        Assert.Contains("Original rationale agreed at board", await lead.GetPageAsync($"/cycles/{cycleId}/sign-off/versions/1"));

        var noReason = await lead.SubmitAsync($"/cycles/{cycleId}/sign-off", $"/cycles/{cycleId}/sign-off", [new("Form.MeetingDate", "2026-12-10"), new("Form.MinuteReference", "TB/26/120")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var corrected = await lead.SubmitAsync($"/cycles/{cycleId}/sign-off", $"/cycles/{cycleId}/sign-off",
            [new("Form.MeetingDate", "2026-12-10"), new("Form.MinuteReference", "TB/26/120"), new("Form.CorrectionReason", "Rating corrected after the audit committee review")]);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);

        Assert.Contains("Corrected after the audit committee", await lead.GetPageAsync($"/cycles/{cycleId}/sign-off/versions/2"));
        Assert.Equal(original, await app.QueryAsync(db => db.SignOffs.IgnoreQueryFilters().Where(s => s.CycleId == cycleId && s.Version == 1).Select(s => s.Snapshot).SingleAsync(Ct)));
        var actions = await app.AuditActionsAsync();
        Assert.Contains("cycle.signed-off", actions);
        Assert.Contains("cycle.sign-off-corrected", actions);
        Assert.Contains("agreed-position.changed", actions);
    }

    [Fact]
    public async Task A_board_member_who_is_not_the_chair_cannot_sign_off()
    {
        var cycleId = await app.OpenDemoCycleIdAsync();
        var member = Browser.For(app);
        await member.SignInAsync(Demo.NedAudit);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync($"/cycles/{cycleId}/sign-off")).StatusCode);
    }
}
