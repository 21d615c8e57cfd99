using System.Text.RegularExpressions;
using IncLead.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IncLead.BrowserTests;

public sealed partial class EdsPagesTests(AppServer app, Chromium chromium) : BrowserTest(app, chromium)
{
    private const string Lead = Web.Data.Seed.DemoData.EqualityLeadEmail;

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        using var scope = App.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private Task<int> CycleIdAsync(string name) => QueryAsync(db => db.Cycles.IgnoreQueryFilters().Where(c => c.Name == name).Select(c => c.Id).FirstAsync());

    private Task<int> OutcomeIdAsync(int cycleId, string code) => QueryAsync(async db =>
    {
        var frameworkId = await db.EdsAssessments.IgnoreQueryFilters().Where(a => a.CycleId == cycleId).Select(a => a.FrameworkId).SingleAsync();
        return await db.EdsOutcomes.Where(o => o.Code == code && db.EdsDomains.Any(d => d.Id == o.DomainId && d.FrameworkId == frameworkId)).Select(o => o.Id).SingleAsync();
    });

    [Fact]
    public Task A_panellist_completes_a_grade_from_the_emailed_link() => InBrowserAsync(async page =>
    {
        var cycleId = await CycleIdAsync("2026/27");
        await SignInAsync(page, Lead);
        await page.GotoAsync($"/cycles/{cycleId}/eds/panel/invite");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Morgan Reed, Riverside Carers Network");
        await page.GetByLabel("Email address").FillAsync("morgan.reed@carers.example");
        await page.GetByLabel(OutcomeLabel("1B")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await page.WaitForURLAsync($"**/cycles/{cycleId}/eds/panel");
        Assert.Contains("Invitation sent to morgan.reed@carers.example", await page.Locator("#flash").TextContentAsync());

        var link = await WaitForPanelLinkAsync("morgan.reed@carers.example");
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync(link);
        Assert.Contains("Hello Morgan Reed", await page.Locator("main").TextContentAsync());
        await AssertAccessibleAsync(page);

        await page.GetByRole(AriaRole.Link, new() { NameRegex = OutcomeLabel("1B") }).ClickAsync();
        await page.WaitForURLAsync("**/outcomes/*");
        await AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my score" }).ClickAsync();
        await page.Locator(".nhsuk-error-summary").WaitForAsync();
        await AssertAccessibleAsync(page);

        await page.GetByLabel("Achieving activity (2)").CheckAsync();
        await page.GetByLabel("Comment (optional)").FillAsync("Carers told us the reasonable adjustments flag is often missed.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my score" }).ClickAsync();
        await page.WaitForURLAsync(link.Length > 0 ? $"**{link}" : "**");
        Assert.Contains("Score given: Achieving activity (2)", await page.Locator("main").TextContentAsync());

        var stored = await QueryAsync(db => db.ProvisionalScores.IgnoreQueryFilters()
            .Where(s => db.Panellists.IgnoreQueryFilters().Any(p => p.Id == s.PanellistId && p.Email == "morgan.reed@carers.example")).Select(s => s.Score).SingleAsync());
        Assert.Equal(2, stored);
    });

    [Fact]
    public Task The_outcome_list_outcome_pages_and_forms_have_no_accessibility_violations() => InBrowserAsync(async page =>
    {
        var current = await CycleIdAsync("2026/27");
        var past = await CycleIdAsync("2025/26");
        await SignInAsync(page, Lead);
        foreach (var path in new[]
        {
            $"/cycles/{current}/eds", $"/cycles/{past}/eds",
            $"/cycles/{current}/eds/outcomes/{await OutcomeIdAsync(current, "1A")}", $"/cycles/{past}/eds/outcomes/{await OutcomeIdAsync(past, "1A")}",
            $"/cycles/{past}/eds/outcomes/{await OutcomeIdAsync(past, "2B")}/agreed", $"/cycles/{current}/eds/outcomes/{await OutcomeIdAsync(current, "1C")}/evidence/new",
            $"/cycles/{current}/eds/panel", $"/cycles/{current}/eds/panel/invite", $"/cycles/{past}/eds/engagement", $"/cycles/{current}/eds/engagement/events/new",
            $"/cycles/{past}/eds/objectives", $"/cycles/{past}/eds/publish", $"/cycles/{current}/eds/details",
            $"/cycles/{current}/eds/report-details", $"/cycles/{past}/eds/report-details",
        })
        {
            await page.GotoAsync(path);
            await AssertAccessibleAsync(page);
        }

        await page.GotoAsync($"/cycles/{current}/eds/outcomes/{await OutcomeIdAsync(current, "1C")}/evidence/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save evidence" }).ClickAsync();
        await page.Locator(".nhsuk-error-summary").WaitForAsync();
        await AssertAccessibleAsync(page);
    });

    [Fact]
    public Task The_published_summary_reads_without_signing_in_and_has_no_accessibility_violations() => InBrowserAsync(async page =>
    {
        var response = await page.GotoAsync("/eds/zrv/2025-26");
        Assert.Equal(200, response!.Status);
        Assert.Equal(0, await page.Locator("#sign-out").CountAsync());
        Assert.Contains("Equality Delivery System report 2025/26", await page.Locator("h1").TextContentAsync());
        await AssertAccessibleAsync(page);
    });

    [Fact]
    public Task An_upload_over_the_limit_gets_a_clear_page_from_the_real_server_not_a_dropped_connection() => InBrowserAsync(async page =>
    {
        var cycleId = await CycleIdAsync("2026/27");
        await SignInAsync(page, Lead);
        await page.GotoAsync($"/cycles/{cycleId}/eds/outcomes/{await OutcomeIdAsync(cycleId, "2D")}/evidence/new");
        await page.GetByLabel("Title").FillAsync("Staff survey, full export");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Summary", Exact = true }).FillAsync("Everything.");
        await page.GetByLabel("Owner").FillAsync("People directorate");
        // From a file on disk: Chromium reads it itself. A 12 MB buffer would cross Playwright's pipe as base64, which
        // took over 15 s on a loaded machine.
        var big = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.pdf");
        await using (var file = File.Create(big))
        {
            file.Write("%PDF-1.4"u8);
            file.SetLength(12 * 1024 * 1024);
        }
        IResponse response;
        try
        {
            await page.Locator("input[type=file]").SetInputFilesAsync(big);
            // Chromium reads the file when the form is sent, so it stays until then.
            response = await page.RunAndWaitForResponseAsync(
                () => page.GetByRole(AriaRole.Button, new() { Name = "Save evidence" }).ClickAsync(),
                r => r.Request.Method == "POST");
        }
        finally
        {
            File.Delete(big);
        }
        Assert.Equal(413, response.Status);
        Assert.Equal("The file is too large", (await page.Locator("h1").TextContentAsync())?.Trim());
        await AssertAccessibleAsync(page);
    });

    private static Regex OutcomeLabel(string code) => new($"^{Regex.Escape(code)}: ");

    private async Task<string> WaitForPanelLinkAsync(string address)
    {
        // The real outbox sender delivers it in the background, as it would for a person.
        for (var i = 0; i < 75; i++)
        {
            var files = Directory.Exists(App.MailFolder) ? Directory.GetFiles(App.MailFolder, "*.eml") : [];
            foreach (var file in files)
            {
                var message = await MimeKit.MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => m.Address == address))
                    return new Uri(PanelLink().Match(message.TextBody ?? "").Value).PathAndQuery;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"No panel invitation email for {address}");
    }

    [GeneratedRegex(@"https?://\S+/panel/\S+")]
    private static partial Regex PanelLink();
}
