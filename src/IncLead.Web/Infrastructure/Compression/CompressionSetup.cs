using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace IncLead.Web.Infrastructure.Compression;

/// <summary>
/// Pages, JSON, CSV and SVG are sent compressed (Brotli, else gzip); PDFs and workbooks are compressed already and are
/// left alone. Static assets come precompressed from the build (MapStaticAssets). When a response is not compressed is
/// decided by <see cref="PageCompression"/> (decisions/0021).
/// </summary>
public static class CompressionSetup
{
    private static readonly string[] MimeTypes =
        ["text/html", "text/plain", "text/csv", "application/json", "image/svg+xml", "text/css", "text/javascript", "application/javascript"];

    /// <summary>
    /// Brotli quality 2 and gzip level 3 unless configured (<c>Compression:BrotliQuality</c>, <c>Compression:GzipLevel</c>).
    /// Measured on framework 2012.2's largest stage page (164 KB of HTML, written in 16 KB pieces as Razor writes it):
    /// Brotli 2 sends 16.3 KB in about half the time of .NET's "optimal" Brotli (quality 4, 15.1 KB); quality 1 packs
    /// each piece almost on its own (27.9 KB). Gzip 3 sends 19.4 KB in about half the time of level 6 (17.7 KB).
    /// Compressing was a third of the server's time in the questionnaire's load test (docs/benchmarks.md).
    /// </summary>
    public static WebApplicationBuilder AddResponseCompressionForPages(this WebApplicationBuilder builder)
    {
        var brotli = Math.Clamp(builder.Configuration.GetValue("Compression:BrotliQuality", 2), 0, 11);
        var gzip = Math.Clamp(builder.Configuration.GetValue("Compression:GzipLevel", 3), 0, 9);
        builder.Services.AddResponseCompression(o =>
        {
            // Behind the TLS-terminating proxy the forwarded scheme makes every request HTTPS; BREACH is answered by
            // PageCompression, not by turning compression off for HTTPS altogether.
            o.EnableForHttps = true;
            o.Providers.Add(new BrotliAtQuality(brotli));
            o.Providers.Add(new GzipAtLevel(gzip));
            o.MimeTypes = MimeTypes;
        });
        builder.Services.AddSingleton<IResponseCompressionProvider, PageCompression>();
        return builder;
    }

    private sealed class BrotliAtQuality(int quality) : ICompressionProvider
    {
        public string EncodingName => "br";
        public bool SupportsFlush => true;
        public Stream CreateStream(Stream outputStream) => new BrotliStream(outputStream, new BrotliCompressionOptions { Quality = quality }, leaveOpen: false);
    }

    private sealed class GzipAtLevel(int level) : ICompressionProvider
    {
        public string EncodingName => "gzip";
        public bool SupportsFlush => true;
        public Stream CreateStream(Stream outputStream) => new GZipStream(outputStream, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: false);
    }
}
