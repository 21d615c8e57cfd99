using Microsoft.Playwright;

namespace IncLead.BrowserTests;

/// <summary>
/// What a board member's browser fetches for a stage page (the largest factor of framework 2012.2) over the network,
/// first with an empty cache and then on a second visit: the site's CSS and JavaScript come once per release, and every
/// response arrives compressed.
/// </summary>
public sealed class PageWeightTests(AppServer app, Chromium chromium) : BrowserTest(app, chromium)
{
    private const long FirstVisitBudget = 100 * 1024;
    private const long RepeatVisitBudget = 20 * 1024;

    [Fact]
    public async Task A_stage_page_is_light_on_a_first_visit_and_a_repeat_visit_fetches_only_its_html()
    {
        Chromium.SkipUnlessAvailable();
        await using var signIn = await Chromium.Browser!.NewContextAsync(new() { BaseURL = App.BaseUrl });
        var signInPage = await signIn.NewPageAsync();
        await SignInAsync(signInPage, "ned.audit@riverside.example");
        await signInPage.GotoAsync("/respond");
        var stageUrl = (await signInPage.Locator("main a[href^='/respond/']").First.GetAttributeAsync("href")) + "/stages/2/factors/3";
        var session = await signIn.StorageStateAsync();

        // A new context has an empty cache but the signed-in cookie, as a board member opening the link the next day.
        await using var context = await Chromium.Browser.NewContextAsync(new() { BaseURL = App.BaseUrl, StorageState = session });
        var page = await context.NewPageAsync();
        var finished = new List<IRequest>();
        page.RequestFinished += (_, request) => { if (request.Url.StartsWith(App.BaseUrl, StringComparison.Ordinal)) finished.Add(request); };

        var first = $"first-{Guid.NewGuid():N}";
        await context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [RequestLog.Header] = first });
        await page.GotoAsync(stageUrl, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var firstBytes = await TransferredAsync(finished);
        var firstFetched = App.Requests.Of(first);

        finished.Clear();
        var repeat = $"repeat-{Guid.NewGuid():N}";
        await context.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { [RequestLog.Header] = repeat });
        await page.GotoAsync(stageUrl, new() { WaitUntil = WaitUntilState.NetworkIdle });
        var repeatBytes = await TransferredAsync(finished);
        var repeatFetched = App.Requests.Of(repeat);

        var report = $"first visit: {firstBytes:N0} bytes in {firstFetched.Count} requests ({string.Join(", ", firstFetched.Select(r => $"{r.Path} {r.Status}"))}); " +
                     $"repeat visit: {repeatBytes:N0} bytes in {repeatFetched.Count} requests ({string.Join(", ", repeatFetched.Select(r => $"{r.Path} {r.Status}"))})";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Console.WriteLine("[page weight] " + report);

        Assert.Contains(firstFetched, r => r.Path.Contains(".css", StringComparison.Ordinal));
        // The browser fetches the favicon on its own schedule, outside the page's loading (it may land in either visit).
        Assert.Equal([(stageUrl, 200)], repeatFetched.Where(r => !r.Path.Contains("favicon", StringComparison.Ordinal)));
        Assert.True(firstBytes < FirstVisitBudget, report);
        Assert.True(repeatBytes < RepeatVisitBudget, report);
    }

    /// <summary>
    /// Bytes on the wire: headers and the body as sent (compressed where it was). The favicon is left out: the browser
    /// fetches it once, on its own schedule, so it lands in whichever visit happens to be running.
    /// </summary>
    private static async Task<long> TransferredAsync(IEnumerable<IRequest> requests)
    {
        long total = 0;
        foreach (var request in requests.Where(r => !r.Url.Contains("favicon", StringComparison.Ordinal)).ToList())
        {
            var sizes = await request.SizesAsync();
            total += sizes.ResponseHeadersSize + sizes.ResponseBodySize;
        }
        return total;
    }
}
