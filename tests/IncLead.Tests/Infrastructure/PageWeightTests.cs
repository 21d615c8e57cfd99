using System.Text;
using System.Text.RegularExpressions;
using IncLead.Tests.Support;
using IncLead.Web.Domain.Cycles;
using Microsoft.EntityFrameworkCore;

namespace IncLead.Tests.Infrastructure;

/// <summary>
/// Budgets for the HTML of the pages a board member and the equality lead open most, as the demo organisation has
/// them; the figures are printed so that a change shows. Over a slow link the compressed size is what is sent.
/// </summary>
public sealed class PageWeightTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string, int> Pages => new()
    {
        // page, who opens it, budget in bytes for the HTML as generated (before compression). The stage page (one factor of
        // a stage) grows with its statements, so its budget is per statement (see StatementBudget); it is measured on the
        // largest factor of framework 2012.2, stage 2's third, with 15 statements.
        { "stage", Demo.NedAudit, 16_000 },
        { "results", Demo.Lead, 60_000 },
        { "consensus", Demo.Lead, 66_000 }, // a heatmap cell and a table row for each of framework 2012.2's 182 statements
        { "dashboard", Demo.Lead, 40_000 },
    };

    /// <summary>
    /// What one statement may add to the stage page: its words (statement, guidance, what good looks like, a possible
    /// action; about 700 bytes) and the markup of five radios, the guidance control and the comment box. 3,050 in 2012.2.
    /// </summary>
    private const int StatementBudget = 3_300;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_stays_within_its_budget_and_carries_no_indentation_or_inline_style(string page, string who, int budget)
    {
        var browser = Browser.For(app);
        await browser.SignInAsync(who);
        var html = await browser.GetPageAsync(await UrlAsync(page));

        if (Environment.GetEnvironmentVariable("INCLEAD_SAMPLE_DIR") is { Length: > 0 } folder)
            await File.WriteAllTextAsync(Path.Combine(folder, page + ".html"), html, TestContext.Current.CancellationToken);
        if (page == "stage") budget += StatementBudget * Regex.Count(html, "class=\"app-statement\"");
        var bytes = Encoding.UTF8.GetByteCount(html);
        var url = await UrlAsync(page);
        var brotli = await SentAsync(browser, url, "br");
        var gzip = await SentAsync(browser, url, "gzip");
        TestContext.Current.TestOutputHelper?.WriteLine($"{page}: {bytes:N0} bytes of HTML, sent as {brotli:N0} with Brotli, {gzip:N0} with gzip");
        Console.WriteLine($"[page weight] {page}: {bytes:N0} bytes of HTML, sent as {brotli:N0} with Brotli, {gzip:N0} with gzip");

        Assert.True(bytes <= budget, $"The {page} page is {bytes:N0} bytes; its budget is {budget:N0}");
        var indented = html.IndexOf("\n    ", StringComparison.Ordinal);
        Assert.True(indented < 0, $"Indented markup at {indented}: {(indented < 0 ? "" : html.Substring(Math.Max(0, indented - 200), Math.Min(400, html.Length - Math.Max(0, indented - 200))))}");
        Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
    }

    private async Task<string> UrlAsync(string page)
    {
        var signedOff = await app.QueryAsync(db => db.Cycles.IgnoreQueryFilters().Where(c => c.State == CycleState.SignedOff).OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
        return page switch
        {
            "stage" => $"/respond/{await app.OpenDemoCycleIdAsync()}/stages/2/factors/3",
            "results" => $"/cycles/{signedOff}/results",
            "consensus" => $"/cycles/{signedOff}/consensus",
            _ => "/dashboard",
        };
    }

    /// <summary>The bytes the server sends for the page when the browser accepts only <paramref name="encoding"/>.</summary>
    private static async Task<int> SentAsync(Browser browser, string url, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await browser.Client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        return (await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length;
    }
}
