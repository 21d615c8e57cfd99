using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using IncLead.Tests.Support;

namespace IncLead.Tests.Infrastructure;

/// <summary>Assets are fingerprinted, cached for a year and sent compressed; pages are compressed unless that would be unsafe.</summary>
public sealed partial class CompressionAndCachingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> AssetUrlAsync(string plainName)
    {
        var page = await Browser.For(app).GetPageAsync("/account/sign-in");
        var match = AssetAddress().Matches(page).Select(m => m.Groups[1].Value)
            .SingleOrDefault(url => url.StartsWith(plainName[..plainName.LastIndexOf('.')], StringComparison.Ordinal) && url.EndsWith(plainName[plainName.LastIndexOf('.')..], StringComparison.Ordinal));
        Assert.True(match is not null, $"The layout does not name {plainName} by a fingerprinted address");
        Assert.NotEqual(plainName, match);
        return match!;
    }

    private static HttpRequestMessage Get(string url, string? acceptEncoding = null, string? fetchSite = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        if (fetchSite is not null) request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", fetchSite);
        return request;
    }

    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/lib/nhsuk/nhsuk-frontend.min.css")]
    [InlineData("/lib/nhsuk/nhsuk-frontend.min.js")]
    [InlineData("/js/site.js")]
    public async Task A_fingerprinted_asset_is_cached_for_a_year_sent_compressed_and_answers_304_to_its_etag(string plainName)
    {
        var client = Browser.For(app).Client;
        var url = await AssetUrlAsync(plainName);

        var response = await client.SendAsync(Get(url, "gzip, br"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("immutable", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl!.MaxAge >= TimeSpan.FromDays(365), $"max-age {response.Headers.CacheControl.MaxAge}");
        Assert.Contains(response.Content.Headers.ContentEncoding.Single(), new[] { "gzip", "br" });
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);

        var again = Get(url, "gzip, br");
        again.Headers.IfNoneMatch.Add(etag!);
        var revalidated = await client.SendAsync(again, Ct);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task A_page_is_compressed_when_asked_and_plain_when_not_with_the_same_text()
    {
        var browser = Browser.For(app);
        await browser.SignInAsync(Demo.Chair);

        var plain = await browser.Client.SendAsync(Get("/"), Ct);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var plainText = await plain.Content.ReadAsStringAsync(Ct);

        var brotli = await browser.Client.SendAsync(Get("/", "br"), Ct);
        Assert.Equal("br", brotli.Content.Headers.ContentEncoding.Single());
        var compressed = await brotli.Content.ReadAsByteArrayAsync(Ct);
        Assert.True(compressed.Length < plainText.Length / 3, $"{compressed.Length} bytes compressed from {plainText.Length}");
        Assert.Equal(WithoutTokens(plainText), WithoutTokens(Decompress(compressed, s => new BrotliStream(s, CompressionMode.Decompress))));

        var gzip = await browser.Client.SendAsync(Get("/", "gzip"), Ct);
        Assert.Equal("gzip", gzip.Content.Headers.ContentEncoding.Single());
        Assert.Contains("<html", Decompress(await gzip.Content.ReadAsByteArrayAsync(Ct), s => new GZipStream(s, CompressionMode.Decompress)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    public async Task A_page_fetched_because_another_site_asked_is_never_compressed(string fetchSite)
    {
        var browser = Browser.For(app);
        await browser.SignInAsync(Demo.Chair);
        var response = await browser.Client.SendAsync(Get("/", "br, gzip", fetchSite), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);

        var sameOrigin = await browser.Client.SendAsync(Get("/", "br, gzip", "same-origin"), Ct);
        Assert.Equal("br", sameOrigin.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task The_two_factor_set_up_page_which_shows_the_secret_key_is_never_compressed()
    {
        var browser = Browser.For(app);
        await browser.SignInAsync(Demo.NedAudit);
        var response = await browser.Client.SendAsync(Get("/account/two-factor-setup", "br, gzip", "same-origin"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task A_pdf_is_not_compressed_a_second_time()
    {
        var browser = Browser.For(app);
        await browser.SignInAsync(Demo.Lead);
        var cycleId = await app.OpenDemoCycleIdAsync();
        var response = await browser.Client.SendAsync(Get($"/cycles/{cycleId}/reports/board-pack.pdf", "br, gzip"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString((await response.Content.ReadAsByteArrayAsync(Ct))[..4]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Accept-Encoding", "br;q=abc, ;;, gzip;q=2")]
    [InlineData("Accept-Encoding", "\u00e9\u00e9")]
    [InlineData("If-None-Match", "not-a-quoted-etag")]
    [InlineData("If-None-Match", "W/\"")]
    public async Task Malformed_caching_and_encoding_headers_get_an_ordinary_answer(string header, string value)
    {
        var client = Browser.For(app).Client;
        foreach (var url in new[] { "/account/sign-in", await AssetUrlAsync("/css/site.css") })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation(header, value);
            var response = await client.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_range_request_on_an_asset_answers_206_with_the_range()
    {
        var client = Browser.For(app).Client;
        var request = new HttpRequestMessage(HttpMethod.Get, await AssetUrlAsync("/css/site.css"));
        request.Headers.Range = new RangeHeaderValue(0, 9);
        var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(10, (await response.Content.ReadAsByteArrayAsync(Ct)).Length);
    }

    [Theory]
    [InlineData("/css/../appsettings.json")]
    [InlineData("/css/..%2f..%2fappsettings.json")]
    [InlineData("/css/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/lib/nhsuk%5c..%5c..%5cappsettings.json")]
    [InlineData("/..%252f..%252fProgram.cs")]
    public async Task An_asset_path_that_climbs_out_of_wwwroot_never_reaches_a_file(string path)
    {
        var response = await Browser.For(app).Client.SendAsync(Get(path), Ct);
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.Redirect, HttpStatusCode.Found });
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("ConnectionString", body, StringComparison.Ordinal);
        Assert.DoesNotContain("WebApplication.CreateBuilder", body, StringComparison.Ordinal);
    }

    private static string Decompress(byte[] bytes, Func<Stream, Stream> decoder)
    {
        using var input = decoder(new MemoryStream(bytes));
        using var reader = new StreamReader(input, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    // Each response carries a fresh antiforgery token, so two fetches of one page differ only there.
    private static string WithoutTokens(string page) => Token().Replace(page, "");

    [GeneratedRegex("""(?:href|src)="(/(?:css|js|lib)/[^"]+)""")]
    private static partial Regex AssetAddress();

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="[^"]*"|value="[^"]*" name="__RequestVerificationToken"|<input[^>]*__RequestVerificationToken[^>]*>""")]
    private static partial Regex Token();
}
