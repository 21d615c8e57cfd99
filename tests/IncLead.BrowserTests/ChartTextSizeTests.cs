using System.Text.Json;
using IncLead.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IncLead.BrowserTests;

/// <summary>
/// Issue 10: chart text is at least as large as the body text around it, as drawn on the screen (the SVG's font size
/// times the scale its viewBox is shown at), on a laptop and on a phone.
/// </summary>
public sealed class ChartTextSizeTests(AppServer app, Chromium chromium) : BrowserTest(app, chromium)
{
    private sealed record Sizes(double Body, Drawn[] Texts);

    private sealed record Drawn(string Text, double Size);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Every visible <text> of every chart: its computed font size times the SVG's current scale on screen.
    private const string Measure = @"JSON.stringify({
        body: parseFloat(getComputedStyle(document.querySelector('main p')).fontSize),
        texts: [...document.querySelectorAll('.app-chart svg text')].filter(t => t.checkVisibility() && t.textContent.trim().length > 0).map(t => {
            const m = t.getScreenCTM();
            return { text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b) };
        })
    })";

    [Fact]
    public Task Chart_text_on_the_results_consensus_and_trend_pages_is_at_least_the_body_text_size_at_1280_and_320_px() => InBrowserAsync(async page =>
    {
        int cycleId;
        using (var scope = App.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            cycleId = await db.Cycles.IgnoreQueryFilters().Where(c => c.Name == "2025/26").Select(c => c.Id).FirstAsync();
        }
        await SignInAsync(page, Web.Data.Seed.DemoData.EqualityLeadEmail);
        var sampleFolder = Environment.GetEnvironmentVariable("INCLEAD_SAMPLE_DIR");
        foreach (var path in new[] { $"/cycles/{cycleId}/results", $"/cycles/{cycleId}/consensus", $"/cycles/{cycleId}/trend", "/dashboard/trend" })
        {
            foreach (var (width, height) in new[] { (1280, 900), Phone })
            {
                await page.SetViewportSizeAsync(width, height);
                await page.GotoAsync(path);
                var sizes = JsonSerializer.Deserialize<Sizes>(await page.EvaluateAsync<string>(Measure), Json)!;
                Assert.True(sizes.Body >= 16, $"{path} at {width}px: body text {sizes.Body}px");
                if (width == 1280 || !path.EndsWith("/consensus", StringComparison.Ordinal))
                    Assert.True(sizes.Texts.Length > 0, $"{path} at {width}px: no chart text visible");
                var small = sizes.Texts.Where(t => t.Size < sizes.Body - 0.05).Select(t => $"'{t.Text}' {t.Size:0.0}px").ToList();
                Assert.True(small.Count == 0, $"{path} at {width}px, body text {sizes.Body}px: " + string.Join(", ", small.Take(10)));
                if (sampleFolder is { Length: > 0 })
                    await page.ScreenshotAsync(new() { Path = Path.Combine(sampleFolder, $"{path.Trim('/').Replace('/', '-')}-{width}.png"), FullPage = true });
            }
            await page.SetViewportSizeAsync(1280, 900);
            await AssertAccessibleAsync(page);
        }
    });
}
