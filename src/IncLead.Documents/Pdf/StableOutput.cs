using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace IncLead.Documents.Pdf;

/// <summary>
/// Makes PDFsharp's output byte-for-byte repeatable and clean for validators. PDFsharp 6.2.4 writes random font
/// subset prefixes, random XMP document and instance ids and a random trailer /ID; and its content-stream deflate
/// output lacks an end-of-stream marker (qpdf warns). Content streams are compressed here with .NET's zlib instead.
/// </summary>
internal static partial class StableOutput
{
    public static void BeforeSave(PdfDocument pdf, string seed)
    {
        var id = Hash(seed, "id")[..16];
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;
        foreach (var page in pdf.Pages)
        {
            foreach (var item in page.Contents.Elements)
            {
                if (item is not PdfReference { Value: PdfContent content } || content.Stream is null || content.Elements.ContainsKey("/Filter"))
                    continue;
                using var compressed = new MemoryStream();
                using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
                    zlib.Write(content.Stream.Value);
                content.Stream.Value = compressed.ToArray();
                content.Elements.SetName("/Filter", "/FlateDecode");
                content.Elements.SetInteger("/Length", content.Stream.Length);
            }
        }
    }

    /// <summary>Replaces the random tokens with same-length values derived from <paramref name="seed"/>, so offsets stay valid.</summary>
    public static byte[] AfterSave(byte[] pdf, string seed)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var prefixes = SubsetPrefix().Matches(text).Select(m => m.Groups[1].Value).Distinct().ToList();
        foreach (var (prefix, i) in prefixes.Select((p, i) => (p, i)))
        {
            var stable = new string([.. Hash(seed, "font" + i).Take(6).Select(c => (char)('A' + Convert.ToInt32(c.ToString(), 16)))]);
            text = text.Replace("/" + prefix + "+", "/" + stable + "+", StringComparison.Ordinal);
        }
        var uuid = 0;
        text = XmpUuid().Replace(text, _ => "uuid:" + new Guid(Convert.FromHexString(Hash(seed, "uuid" + uuid++)[..32])).ToString("D"));
        return Encoding.Latin1.GetBytes(text);
    }

    static string Hash(string seed, string purpose) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(purpose + "\n" + seed)));

    [GeneratedRegex(@"/(?:BaseFont|FontName)\s*/([A-Z]{6})\+")]
    private static partial Regex SubsetPrefix();

    [GeneratedRegex(@"uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex XmpUuid();
}
