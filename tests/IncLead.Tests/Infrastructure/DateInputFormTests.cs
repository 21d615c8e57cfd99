using System.Net;
using IncLead.Tests.Features.Eds;
using IncLead.Tests.Support;
using IncLead.Web.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Infrastructure;

/// <summary>
/// Every form with a date takes it in the NHS.UK date input (day, month, year) and answers an impossible date with the
/// NHS.UK message beside the field and in the summary, the wrong part marked, 422 and nothing saved.
/// </summary>
public sealed class DateInputFormTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> DateFields() => new()
    {
        { "action", "Form.DueOn", "The due date" },
        { "cycle", "OpensOn", "The open date" },
        { "board development session", "Form.HeldOn", "The date of the session" },
        { "EDS engagement event", "Form.HeldOn", "The date of the event" },
        { "EDS agreed score", "Form.AgreedOn", "The date agreed" },
        { "sign-off", "Form.MeetingDate", "The date of the board meeting" },
    };

    [Theory]
    [MemberData(nameof(DateFields))]
    public async Task Thirty_February_is_not_a_real_date_and_only_the_day_is_marked(string form, string field, string subject)
    {
        var (page, action) = await WhereAsync(form);
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var html = await lead.GetPageAsync(page);
        Assert.DoesNotContain("type=\"date\"", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"{field}.Day\"", html, StringComparison.Ordinal);
        var (fields, _) = PageForm.Read(html, action);
        fields.RemoveAll(f => f.Key.StartsWith(field + ".", StringComparison.Ordinal));
        fields.AddRange([new(field + ".Day", "30"), new(field + ".Month", "2"), new(field + ".Year", "2027")]);
        var auditBefore = await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(Ct));

        var response = await lead.PostFromAsync(html, action, fields.Where(f => f.Key != "__RequestVerificationToken"));

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{form} answered {(int)response.StatusCode}");
        Assert.Equal(2, Support.Forms.Occurrences(body, $"{subject} must be a real date"));
        var id = field.Replace('.', '-');
        Assert.Matches($"class=\"[^\"]*nhsuk-input--error[^\"]*\" id=\"{id}\" name=\"{field}.Day\" [^>]*value=\"30\"", body);
        Assert.Matches($"class=\"[^\"]*nhsuk-date-input__input nhsuk-input--width-2\" id=\"{id}-month\"", body);
        Assert.Equal(auditBefore, await app.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().CountAsync(Ct)));
    }

    [Theory]
    [InlineData("2", "11", "26", "Year must include 4 numbers", "OpensOn-year")]
    [InlineData("2", "", "2026", "The open date must include a month", "OpensOn-month")]
    [InlineData("two", "11", "2026", "The open date must be a real date", "OpensOn")]
    public async Task The_summary_links_to_the_part_that_is_wrong(string day, string month, string year, string message, string linkTo)
    {
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var html = await lead.GetPageAsync("/cycles/new");
        var (fields, _) = PageForm.Read(html, "/cycles/new");
        fields.RemoveAll(f => f.Key.StartsWith("OpensOn.", StringComparison.Ordinal));
        fields.AddRange([new("OpensOn.Day", day), new("OpensOn.Month", month), new("OpensOn.Year", year)]);
        var response = await lead.PostFromAsync(html, "/cycles/new", fields.Where(f => f.Key != "__RequestVerificationToken"));
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(2, Support.Forms.Occurrences(body, message));
        Assert.Contains($"<a href=\"#{linkTo}\">{WebUtility.HtmlEncode(message)}</a>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_close_date_before_the_open_date_is_refused_on_the_close_date()
    {
        var lead = await Browser.SignedInAsync(app, Demo.Lead);
        var html = await lead.GetPageAsync("/cycles/new");
        var (fields, _) = PageForm.Read(html, "/cycles/new");
        fields.RemoveAll(f => f.Key.StartsWith("OpensOn.", StringComparison.Ordinal) || f.Key.StartsWith("ClosesOn.", StringComparison.Ordinal) || f.Key == "Name");
        fields.AddRange([new("Name", "Backwards"), new("OpensOn.Day", "30"), new("OpensOn.Month", "11"), new("OpensOn.Year", "2026"),
            new("ClosesOn.Day", "2"), new("ClosesOn.Month", "11"), new("ClosesOn.Year", "2026")]);
        var response = await lead.PostFromAsync(html, "/cycles/new", fields.Where(f => f.Key != "__RequestVerificationToken"));
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("<a href=\"#ClosesOn\">The close date must be the same as or after the open date</a>", body, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().AnyAsync(c => c.Name == "Backwards", Ct)));
    }

    [Fact]
    public async Task The_audit_filter_takes_UK_days_and_refuses_an_impossible_one()
    {
        var admin = await Browser.SignedInAsync(app, DemoData.TrustAdminEmail);
        var bad = await admin.GetAsync("/admin/audit?Filter.From.Day=31&Filter.From.Month=4&Filter.From.Year=2026");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Equal(2, Support.Forms.Occurrences(await bad.Content.ReadAsStringAsync(Ct), "The from date must be a real date"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/audit?Filter.From.Day=1&Filter.From.Month=4&Filter.From.Year=2026")).StatusCode);
    }

    private async Task<(string Page, string Action)> WhereAsync(string form)
    {
        switch (form)
        {
            case "action": return ("/actions/new", "/actions/new");
            case "cycle": return ("/cycles/new", "/cycles/new");
            case "board development session": return ("/board-development/new", "/board-development/new");
            case "EDS engagement event":
            {
                var cycle = await app.NewAssessmentAsync(await app.LeadAsync(), "Dates EDS event");
                return ($"/cycles/{cycle}/eds/engagement/events/new", $"/cycles/{cycle}/eds/engagement/events/new");
            }
            case "EDS agreed score":
            {
                var cycle = await app.NewAssessmentAsync(await app.LeadAsync(), "Dates EDS score");
                var outcome = await app.OutcomeIdAsync(cycle, "2A");
                return ($"/cycles/{cycle}/eds/outcomes/{outcome}/agreed", $"/cycles/{cycle}/eds/outcomes/{outcome}/agreed");
            }
            case "sign-off":
            {
                var cycle = await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().Where(c => c.State == IncLead.Web.Domain.Cycles.CycleState.SignedOff)
                    .OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync(Ct));
                return ($"/cycles/{cycle}/sign-off", $"/cycles/{cycle}/sign-off");
            }
            default: throw new ArgumentOutOfRangeException(nameof(form));
        }
    }
}
