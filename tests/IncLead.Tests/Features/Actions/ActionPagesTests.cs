using System.Net;
using IncLead.Tests.Support;
using IncLead.Web.Domain.Actions;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Features.Actions;

public sealed class ActionPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private Task<int> OpenCycleAsync() => app.OpenDemoCycleIdAsync();

    [Fact]
    public async Task The_lead_raises_an_action_from_a_low_statement_with_its_suggested_action_filled_in()
    {
        var cycleId = await OpenCycleAsync();
        var lead = await app.SignedInAsync(Demo.Lead);
        var raise = await lead.GetPageAsync($"/actions/raise?cycle={cycleId}");
        Assert.Contains("Low-scoring statements", raise);
        var statementId = int.Parse(System.Text.RegularExpressions.Regex.Match(raise, $"/actions/new\\?cycle={cycleId}&amp;statement=(\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var statement = await app.QueryAsync(db => db.Statements.SingleAsync(s => s.Id == statementId));

        var form = await lead.GetPageAsync($"/actions/new?cycle={cycleId}&statement={statementId}");
        Assert.Contains(System.Net.WebUtility.HtmlEncode(statement.SuggestedAction)[..40], form);

        var fields = await app.NewActionFieldsAsync($"{statement.Code}: act on it", Demo.Chair);
        fields["Form.CycleId"] = cycleId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        fields["Form.StatementId"] = statementId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var created = await lead.SubmitAsync($"/actions/new?cycle={cycleId}&statement={statementId}", "/actions/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        var action = await app.ActionAsync(id);
        Assert.Equal((cycleId, statementId, ActionStatus.NotStarted), (action.CycleId!.Value, action.StatementId!.Value, action.Status));
        Assert.NotNull(action.StageId);
        var page = await lead.GetPageAsync($"/actions/{id}");
        Assert.Contains("Did it work?", page);
        Assert.Contains("How the red, amber or green (RAG) rating is worked out", page);
        Assert.Contains("action.raised", await app.AuditActionsAsync());
    }

    [Fact]
    public async Task A_due_date_before_today_is_refused_beside_the_field_and_in_the_summary_and_nothing_is_saved()
    {
        var before = await app.QueryAsync(db => db.Actions.IgnoreQueryFilters().CountAsync());
        var lead = await app.SignedInAsync(Demo.Lead);
        var fields = await app.NewActionFieldsAsync("Backdated", Demo.Chair, dueInDays: -1);
        var response = await lead.SubmitAsync("/actions/new", "/actions/new", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.BodyAsync();
        Assert.Equal(2, Forms.Occurrences(page, "The due date must be today or later"));
        Assert.Contains("nhsuk-error-summary", page);
        Assert.Equal(before, await app.QueryAsync(db => db.Actions.IgnoreQueryFilters().CountAsync()));
    }

    [Theory]
    [InlineData("Form.DueOn", "31/02/2027", "The due date must be a real date")]
    [InlineData("Form.Priority", "Urgent", "Choose high, medium or low priority")]
    [InlineData("Form.OwnerUserId", "no-such-user", "Choose an owner from the members of your organisation")]
    [InlineData("Form.ExecutiveLeadUserId", "no-such-user", "Choose an executive lead from the members of your organisation")]
    [InlineData("Form.StageId", "999999", "Choose a stage from the list")]
    [InlineData("Form.EdsOutcomeId", "999999", "Choose an EDS outcome from the list")]
    [InlineData("Form.Title", "", "Enter a title for the action")]
    public async Task Bad_input_gets_a_clear_message_and_422(string field, string value, string message)
    {
        var before = await app.QueryAsync(db => db.Actions.IgnoreQueryFilters().CountAsync());
        var lead = await app.SignedInAsync(Demo.Lead);
        var fields = await app.NewActionFieldsAsync("Bad input", Demo.Chair);
        fields[field] = value;
        var response = await lead.SubmitAsync("/actions/new", "/actions/new", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(2, Forms.Occurrences(await response.BodyAsync(), message));
        Assert.Equal(before, await app.QueryAsync(db => db.Actions.IgnoreQueryFilters().CountAsync()));
    }

    [Fact]
    public async Task Oversized_text_is_refused()
    {
        var lead = await app.SignedInAsync(Demo.Lead);
        var fields = await app.NewActionFieldsAsync(new string('x', 201), Demo.Chair);
        fields["Form.Description"] = new string('y', 4001);
        var response = await lead.SubmitAsync("/actions/new", "/actions/new", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.BodyAsync();
        Assert.Equal(2, Forms.Occurrences(page, "The title must be 200 characters or fewer"));
        Assert.Equal(2, Forms.Occurrences(page, "The description must be 4,000 characters or fewer"));
    }

    [Fact]
    public async Task An_owner_from_another_organisation_is_refused_and_its_records_answer_404()
    {
        var other = await OtherOrganisation.CreateAsync(app);
        var lead = await app.SignedInAsync(Demo.Lead);
        var fields = await app.NewActionFieldsAsync("Foreign owner", Demo.Chair);
        fields["Form.OwnerUserId"] = other.MemberUserId;
        var response = await lead.SubmitAsync("/actions/new", "/actions/new", fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Choose an owner from the members of your organisation", await response.BodyAsync());

        foreach (var url in new[] { $"/actions/{other.ActionId}", $"/actions/{other.ActionId}/edit", $"/actions/new?cycle={other.CycleId}", $"/actions/new?story={other.StoryId}",
                     "/actions/new?statement=999999", $"/actions/raise?cycle={other.CycleId}" })
        {
            Assert.True((await lead.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, $"GET {url} should be 404");
        }
        fields["Form.OwnerUserId"] = await app.UserIdAsync(Demo.Chair);
        fields["Form.StoryId"] = other.StoryId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.SubmitAsync("/actions/new", "/actions/new", fields)).StatusCode);
        var progress = await lead.SubmitAsync("/actions", $"/actions/{other.ActionId}/progress", new Dictionary<string, string> { ["Progress.Status"] = "Done", ["Progress.Version"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.NotFound, progress.StatusCode);
        Assert.Equal(ActionStatus.NotStarted, (await app.ActionAsync(other.ActionId)).Status);
        Assert.DoesNotContain("Hilltop secret action", await lead.GetPageAsync("/actions"));
    }

    [Fact]
    public async Task Marking_done_without_evidence_is_refused_when_the_organisation_requires_it()
    {
        var id = await app.RaiseAsync("Needs evidence", Demo.Chair);
        var owner = await app.SignedInAsync(Demo.Chair);
        var page = await owner.GetPageAsync($"/actions/{id}");
        var response = await owner.PostFromAsync(page, $"/actions/{id}/progress", new Dictionary<string, string>
        {
            ["Progress.Status"] = "Done", ["Progress.Version"] = Forms.Hidden(page, "Progress.Version"), ["Progress.Note"] = "All done",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Describe the evidence that the action is done", await response.BodyAsync());
        Assert.Equal(ActionStatus.NotStarted, (await app.ActionAsync(id)).Status);
        Assert.Equal(0, await app.QueryAsync(db => db.ProgressUpdates.IgnoreQueryFilters().CountAsync(u => u.ActionItemId == id)));

        var done = await owner.PostFromAsync(page, $"/actions/{id}/progress", new Dictionary<string, string>
        {
            ["Progress.Status"] = "Done", ["Progress.Version"] = Forms.Hidden(page, "Progress.Version"), ["Progress.CompletionEvidence"] = "Board minutes, March",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var saved = await app.ActionAsync(id);
        Assert.Equal(ActionStatus.Done, saved.Status);
        Assert.Equal(RagStatus.Complete, saved.RagAt(app.Clock.GetUtcNow().UtcDateTime));

        var blocked = await owner.SubmitAsync($"/actions/{id}", $"/actions/{id}/progress", new Dictionary<string, string>
        {
            ["Progress.Status"] = "Blocked", ["Progress.Version"] = saved.Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blocked.StatusCode);
        Assert.Contains("A done action can only be reopened as in progress", await blocked.BodyAsync());
        Assert.Equal(ActionStatus.Done, (await app.ActionAsync(id)).Status);
    }

    [Fact]
    public async Task The_owner_reports_progress_and_the_update_is_dated_and_kept()
    {
        var id = await app.RaiseAsync("Owner updates", Demo.FinanceDirector, dueInDays: 10);
        Assert.Equal(RagStatus.Amber, (await app.ActionAsync(id)).RagAt(app.Clock.GetUtcNow().UtcDateTime));
        var owner = await app.SignedInAsync(Demo.FinanceDirector);
        var page = await owner.GetPageAsync($"/actions/{id}");
        var response = await owner.PostFromAsync(page, $"/actions/{id}/progress", new Dictionary<string, string>
        {
            ["Progress.Status"] = "InProgress", ["Progress.Version"] = Forms.Hidden(page, "Progress.Version"), ["Progress.Note"] = "Met the staff network chairs.",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await owner.GetPageAsync($"/actions/{id}");
        Assert.Contains("Met the staff network chairs.", after);
        Assert.Contains("status Not started → In progress", System.Net.WebUtility.HtmlDecode(after));
        Assert.Equal(RagStatus.Green, (await app.ActionAsync(id)).RagAt(app.Clock.GetUtcNow().UtcDateTime));
        Assert.Contains("Owner updates", await owner.GetPageAsync("/actions?show=mine"));
    }

    [Fact]
    public async Task A_board_member_who_neither_owns_nor_leads_an_action_cannot_update_it()
    {
        var id = await app.RaiseAsync("Not yours", Demo.Chair);
        var other = await app.SignedInAsync(Demo.NedAudit);
        var page = await other.GetPageAsync($"/actions/{id}");
        Assert.DoesNotContain("Update progress", page);
        var response = await other.PostFromAsync(page, $"/actions/{id}/progress", new Dictionary<string, string>
        {
            ["Progress.Status"] = "InProgress", ["Progress.Version"] = (await app.ActionAsync(id)).Version.ToString(),
        });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ActionStatus.NotStarted, (await app.ActionAsync(id)).Status);
        var edit = await other.GetAsync($"/actions/{id}/edit");
        Assert.Contains("/account/access-denied", edit.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Two_people_editing_one_action_get_a_conflict_showing_both_versions_and_nothing_is_lost()
    {
        var id = await app.RaiseAsync("Shared edit", Demo.Chair);
        var first = await app.SignedInAsync(Demo.Lead);
        var second = await app.SignedInAsync(Demo.Lead);
        var firstPage = await first.GetPageAsync($"/actions/{id}/edit");
        var secondPage = await second.GetPageAsync($"/actions/{id}/edit");
        var chair = await app.UserIdAsync(Demo.Chair);
        Dictionary<string, string> Fields(string page, string title) => new()
        {
            ["Form.Title"] = title, ["Form.Description"] = "", ["Form.OwnerUserId"] = chair,
            ["Form.DueOn"] = app.Day(60), ["Form.Priority"] = "Medium", ["Form.Version"] = Forms.Hidden(page, "Form.Version"),
        };

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFromAsync(firstPage, $"/actions/{id}/edit", Fields(firstPage, "The first editor's title"))).StatusCode);
        var conflict = await second.PostFromAsync(secondPage, $"/actions/{id}/edit", Fields(secondPage, "The second editor's title"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var body = System.Net.WebUtility.HtmlDecode(await conflict.BodyAsync());
        Assert.Contains("Someone else saved this action", body);
        Assert.Contains("The first editor's title", body);
        Assert.Contains("The second editor's title", body);
        Assert.Equal("The first editor's title", (await app.ActionAsync(id)).Title);

        // Saving again from the conflict page is a deliberate choice to replace theirs.
        var again = await second.PostFromAsync(await conflict.BodyAsync(), $"/actions/{id}/edit", Fields(await conflict.BodyAsync(), "The second editor's title"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("The second editor's title", (await app.ActionAsync(id)).Title);
    }

    [Fact]
    public async Task A_progress_update_based_on_an_old_version_is_refused_with_both_versions()
    {
        var id = await app.RaiseAsync("Shared progress", Demo.Chair);
        var owner = await app.SignedInAsync(Demo.Chair);
        var lead = await app.SignedInAsync(Demo.Lead);
        var ownerPage = await owner.GetPageAsync($"/actions/{id}");
        var leadPage = await lead.GetPageAsync($"/actions/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await lead.PostFromAsync(leadPage, $"/actions/{id}/progress", new Dictionary<string, string>
        {
            ["Progress.Status"] = "Blocked", ["Progress.Version"] = Forms.Hidden(leadPage, "Progress.Version"), ["Progress.Note"] = "Blocked by the lead",
        })).StatusCode);

        var conflict = await owner.PostFromAsync(ownerPage, $"/actions/{id}/progress", new Dictionary<string, string>
        {
            ["Progress.Status"] = "InProgress", ["Progress.Version"] = Forms.Hidden(ownerPage, "Progress.Version"), ["Progress.Note"] = "The owner's own note",
        });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var body = await conflict.BodyAsync();
        Assert.Contains("The version saved by", body);
        Assert.Contains("The owner&#x27;s own note", body);
        var saved = await app.ActionAsync(id);
        Assert.Equal(ActionStatus.Blocked, saved.Status);
        Assert.Single(await app.QueryAsync(db => db.ProgressUpdates.IgnoreQueryFilters().Where(u => u.ActionItemId == id).ToListAsync()));
    }

    [Fact]
    public async Task The_list_filters_by_mine_overdue_stage_outcome_owner_and_rag_and_sorts()
    {
        var lead = await app.SignedInAsync(Demo.Lead);
        var overdue = await lead.GetPageAsync("/actions?show=overdue");
        Assert.Contains("Commission independent advocacy", overdue);
        Assert.Contains("Review the service user forum", overdue);
        Assert.DoesNotContain("Reverse mentoring", overdue);

        var chair = await app.SignedInAsync(Demo.Chair);
        var mine = await chair.GetPageAsync("/actions?show=mine");
        Assert.Contains("Hold board meetings partly in public", mine);
        Assert.DoesNotContain("Reverse mentoring", mine);

        Assert.Contains("Break down complaints data", await lead.GetPageAsync("/actions?outcome=1A"));
        Assert.DoesNotContain("Reverse mentoring", await lead.GetPageAsync("/actions?outcome=1A"));
        var red = await lead.GetPageAsync("/actions?rag=Red");
        Assert.Contains("Agree a Council of Governors session", red);
        Assert.DoesNotContain("Reverse mentoring", red);
        Assert.Contains("Reverse mentoring", await lead.GetPageAsync("/actions?rag=Amber"));
        var cfo = await app.UserIdAsync(Demo.FinanceDirector);
        Assert.Contains("Add inclusion measures", await lead.GetPageAsync($"/actions?owner={cfo}"));
        Assert.DoesNotContain("Reverse mentoring", await lead.GetPageAsync($"/actions?owner={cfo}"));

        var stageOf = await app.QueryAsync(db => db.Actions.IgnoreQueryFilters().Where(a => a.Title.StartsWith("Run one-to-one"))
            .Select(a => db.Stages.Where(s => s.Id == a.StageId).Select(s => s.Number).First()).SingleAsync());
        Assert.Contains("Run one-to-one conversations", await lead.GetPageAsync($"/actions?stage={stageOf}"));

        var byTitle = await lead.GetPageAsync("/actions?sort=title");
        Assert.True(byTitle.IndexOf("Add inclusion measures", StringComparison.Ordinal) < byTitle.IndexOf("Set inclusion objectives", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync("/actions?status=bogus&stage=abc&rag=purple&sort=nonsense")).StatusCode);
    }

    [Fact]
    public async Task Did_it_work_shows_the_statement_score_in_the_cycle_it_was_raised_in_and_each_later_one()
    {
        var id = await app.DemoActionIdAsync("Run one-to-one conversations");
        var page = System.Net.WebUtility.HtmlDecode(await (await app.SignedInAsync(Demo.Lead)).GetPageAsync($"/actions/{id}"));
        Assert.Contains("Did it work?", page);
        Assert.Contains("2024/25 (raised here)", page);
        Assert.Contains("2025/26", page);
        Assert.Contains("2026/27", page);
        Assert.Matches(@"(Up|Down) \d\.\d|No change", page);
    }

    [Fact]
    public async Task The_plan_downloads_as_csv_with_rag_worked_out()
    {
        var csv = await (await app.SignedInAsync(Demo.Lead)).GetPageAsync("/actions/export.csv?show=overdue");
        Assert.StartsWith("Id,Title,Status,RAG", csv.TrimStart('\uFEFF'));
        Assert.Contains(",Commission independent advocacy", csv); // quoted only where RFC 4180 needs it
        Assert.Contains(",Red,", csv);
        Assert.DoesNotContain("Reverse mentoring", csv);
    }

    [Fact]
    public async Task Without_the_evidence_setting_an_action_can_be_marked_done_without_evidence()
    {
        var lead = await app.SignedInAsync(Demo.Lead);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.SubmitAsync("/actions/settings", "/actions/settings", new Dictionary<string, string>())).StatusCode);
        try
        {
            var id = await app.RaiseAsync("No evidence needed", Demo.Chair);
            var page = await lead.GetPageAsync($"/actions/{id}");
            var response = await lead.PostFromAsync(page, $"/actions/{id}/progress", new Dictionary<string, string>
            {
                ["Progress.Status"] = "Done", ["Progress.Version"] = Forms.Hidden(page, "Progress.Version"),
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("action-plan.rules-changed", await app.AuditActionsAsync());
        }
        finally
        {
            await lead.SubmitAsync("/actions/settings", "/actions/settings", new Dictionary<string, string> { ["RequireCompletionEvidence"] = "true" });
        }
    }

    [Fact]
    public async Task An_action_raised_from_an_eds_outcome_keeps_the_link_and_is_found_by_its_code()
    {
        var outcome = await app.QueryAsync(db => db.EdsOutcomes.Where(o => o.Code == "2B" && db.EdsDomains.Any(d => d.Id == o.DomainId
            && db.Frameworks.Any(f => f.Id == d.FrameworkId && f.Kind == IncLead.Web.Domain.Frameworks.FrameworkKind.Eds2022))).SingleAsync());
        var lead = await app.SignedInAsync(Demo.Lead);
        Assert.Contains($"2B: {System.Net.WebUtility.HtmlEncode(outcome.Text)[..20]}", await lead.GetPageAsync($"/actions/new?outcome={outcome.Id}"));
        var id = await app.RaiseAsync("Support the staff network for disabled colleagues", Demo.Chair,
            extra: new Dictionary<string, string> { ["Form.EdsOutcomeId"] = outcome.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(outcome.Id, (await app.ActionAsync(id)).EdsOutcomeId);
        Assert.Contains("Support the staff network for disabled colleagues", await lead.GetPageAsync("/actions?outcome=2B"));
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/actions/new?outcome=999999")).StatusCode);
    }
}
