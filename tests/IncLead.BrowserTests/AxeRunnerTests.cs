namespace IncLead.BrowserTests;

/// <summary>The accessibility check every page test relies on finds what it should, so a page passing it means something.</summary>
public sealed class AxeRunnerTests(AppServer app, Chromium chromium) : BrowserTest(app, chromium)
{
    [Fact]
    public Task It_reports_an_image_without_alternative_text_and_a_field_without_a_label() => InBrowserAsync(async page =>
    {
        await page.SetContentAsync("<!doctype html><html lang='en'><head><title>Check</title></head><body><main><h1>Check</h1>" +
                                   "<img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='><input type='text'></main></body></html>");
        var violations = await AxeViolationsAsync(page);
        Assert.Contains(violations, v => v.StartsWith("image-alt ", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("label ", StringComparison.Ordinal));

        await page.SetContentAsync("<!doctype html><html lang='en'><head><title>Check</title></head><body><main><h1>Check</h1>" +
                                   "<label for='f'>Name</label><input id='f' type='text'></main></body></html>");
        Assert.Empty(await AxeViolationsAsync(page));
    });
}
