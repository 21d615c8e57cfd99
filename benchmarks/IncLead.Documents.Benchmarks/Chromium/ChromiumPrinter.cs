using System.Net;
using IncLead.Documents.Model;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace IncLead.Documents.Benchmarks.Chromium;

/// <summary>
/// Prints HTML to PDF with Debian's Chromium through PuppeteerSharp: launched once, then one page reused for every
/// document (the cheapest way to drive it, so the comparison does not flatter the engine). Never downloads a browser.
/// </summary>
internal sealed class ChromiumPrinter : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    static readonly string[] _args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    readonly IBrowser _browser;
    readonly IPage _page;

    ChromiumPrinter(IBrowser browser, IPage page) => (_browser, _page) = (browser, page);

    /// <summary>The browser's process id, for measuring the CPU its processes use.</summary>
    public int ProcessId => _browser.Process?.Id ?? 0;

    public static async Task<ChromiumPrinter> LaunchAsync()
    {
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = _args });
        return new ChromiumPrinter(browser, await browser.NewPageAsync());
    }

    public async Task<byte[]> PrintAsync(string html, RunningText running)
    {
        await _page.SetContentAsync(html);
        return await _page.PdfDataAsync(new PdfOptions
        {
            Format = PaperFormat.A4,
            PrintBackground = true,
            Tagged = true,
            Outline = true,
            DisplayHeaderFooter = true,
            HeaderTemplate = Header(running),
            FooterTemplate = Footer(running),
            // The engine's page: 56 pt side margins, content from 80 pt to 778 pt down an 841.89 pt page.
            MarginOptions = new MarginOptions { Top = "28.2mm", Bottom = "22.6mm", Left = "19.75mm", Right = "19.75mm" },
        });
    }

    // Templates are rendered apart from the page, so they carry their own styles; Chromium fills in the numbers.
    static string Header(RunningText running) =>
        $"""<div style="font-family:'Liberation Sans',Arial,sans-serif;font-size:8.5pt;color:#425563;width:100%;margin:0 19.75mm;display:flex;justify-content:space-between;border-bottom:0.75pt solid #d8dde0;padding-bottom:4pt"><b>{Encode(running.HeaderLeft)}</b><b style="color:#d5281b;font-size:9.5pt">{Encode(running.Status)}</b><span>{Encode(running.HeaderRight)}</span></div>""";

    static string Footer(RunningText running) =>
        $"""<div style="font-family:'Liberation Sans',Arial,sans-serif;font-size:8.5pt;color:#425563;width:100%;margin:0 19.75mm;display:flex;justify-content:space-between;border-top:0.75pt solid #d8dde0;padding-top:4pt"><span>{Encode(running.FooterLeft)}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>""";

    static string Encode(string text) => WebUtility.HtmlEncode(text);

    public async ValueTask DisposeAsync()
    {
        await _page.CloseAsync();
        await _browser.CloseAsync();
        await _browser.DisposeAsync();
    }
}
