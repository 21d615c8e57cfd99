using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace IncLead.Web.Infrastructure.Compression;

/// <summary>
/// Pages, JSON, CSV and SVG are sent compressed (Brotli, else gzip, at their default levels); PDFs and workbooks are
/// compressed already and are left alone. Static assets come precompressed from the build (MapStaticAssets).
/// When a response is not compressed is decided by <see cref="PageCompression"/> (decisions/0021).
/// </summary>
public static class CompressionSetup
{
    private static readonly string[] MimeTypes =
        ["text/html", "text/plain", "text/csv", "application/json", "image/svg+xml", "text/css", "text/javascript", "application/javascript"];

    public static WebApplicationBuilder AddResponseCompressionForPages(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddResponseCompression(o =>
        {
            // Behind the TLS-terminating proxy the forwarded scheme makes every request HTTPS; BREACH is answered by
            // PageCompression, not by turning compression off for HTTPS altogether.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = MimeTypes;
        });
        // Both at their default level. The middleware compresses the page as Razor flushes it, in pieces, and at the
        // fastest levels each piece is packed almost on its own: framework 2012.2's 49-statement stage page (164 KB of
        // HTML) went out as 28 KB with Brotli and gzip; at the default levels as 15 KB (Brotli) and 18 KB (gzip).
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.AddSingleton<IResponseCompressionProvider, PageCompression>();
        return builder;
    }
}
