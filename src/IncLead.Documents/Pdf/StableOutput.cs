using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace IncLead.Documents.Pdf;

/// <summary>
/// Makes PDFsharp's output byte-for-byte repeatable and clean for validators. PDFsharp 6.2.4 writes random font
/// subset prefixes, random XMP document and instance ids and a random trailer /ID; and its content-stream deflate
/// output lacks an end-of-stream marker (qpdf warns). Content streams are compressed here with .NET's zlib instead.
/// </summary>
internal static class StableOutput
{
    public static void BeforeSave(PdfDocument pdf, string seed)
    {
        var id = Hash(seed, "id")[..16];
        pdf.Internals.FirstDocumentID = id;
        pdf.Internals.SecondDocumentID = id;
        // Each page's content is compressed once, here (PDFsharp leaves streams that have a filter alone), through
        // one working buffer; only the final compressed bytes are allocated per page.
        using var compressed = new MemoryStream();
        foreach (var page in pdf.Pages)
        {
            foreach (var item in page.Contents.Elements)
            {
                if (item is not PdfReference { Value: PdfContent content } || content.Stream is null || content.Elements.ContainsKey("/Filter"))
                    continue;
                compressed.SetLength(0);
                using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
                    zlib.Write(content.Stream.Value);
                content.Stream.Value = compressed.ToArray();
                content.Elements.SetName("/Filter", "/FlateDecode");
                content.Elements.SetInteger("/Length", content.Stream.Length);
            }
        }
    }

    /// <summary>
    /// Replaces the random tokens with same-length values derived from <paramref name="seed"/>, so offsets stay valid.
    /// Works on the saved bytes in place: no copy of the file is made.
    /// </summary>
    public static void AfterSave(Span<byte> pdf, string seed)
    {
        var prefixes = SubsetPrefixes(pdf);
        Span<byte> stable = stackalloc byte[8];
        stable[0] = (byte)'/';
        stable[7] = (byte)'+';
        for (var i = 0; i < prefixes.Count; i++)
        {
            var hash = Hash(seed, "font" + i);
            for (var c = 0; c < 6; c++)
                stable[c + 1] = (byte)('A' + Convert.ToInt32(hash[c].ToString(), 16));
            ReplaceAll(pdf, prefixes[i], stable);
        }
        var uuid = 0;
        for (var at = pdf.IndexOf("uuid:"u8); at >= 0;)
        {
            var token = pdf.Slice(at + 5);
            if (IsGuid(token))
            {
                Encoding.ASCII.GetBytes(new Guid(Convert.FromHexString(Hash(seed, "uuid" + uuid++)[..32])).ToString("D"), token);
                at += 5 + 36;
            }
            else
                at += 5;
            var next = pdf[at..].IndexOf("uuid:"u8);
            at = next < 0 ? -1 : at + next;
        }
    }

    /// <summary>The "/ABCDEF+" subset prefixes after /BaseFont or /FontName, distinct, in order of first appearance.</summary>
    static List<byte[]> SubsetPrefixes(ReadOnlySpan<byte> pdf)
    {
        var found = new List<(int At, byte[] Prefix)>();
        foreach (var key in new[] { "/BaseFont"u8.ToArray(), "/FontName"u8.ToArray() })
        {
            for (var at = pdf.IndexOf(key); at >= 0;)
            {
                var value = at + key.Length;
                while (value < pdf.Length && IsWhiteSpace(pdf[value]))
                    value++;
                if (value + 8 <= pdf.Length && pdf[value] == '/' && pdf[value + 7] == '+' && IsUpper(pdf.Slice(value + 1, 6)))
                    found.Add((at, pdf.Slice(value, 8).ToArray()));
                var next = pdf[(at + 1)..].IndexOf(key);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }
        var prefixes = new List<byte[]>();
        foreach (var (_, prefix) in found.OrderBy(f => f.At))
        {
            if (!prefixes.Exists(p => p.AsSpan().SequenceEqual(prefix)))
                prefixes.Add(prefix);
        }
        return prefixes;
    }

    static void ReplaceAll(Span<byte> pdf, ReadOnlySpan<byte> find, ReadOnlySpan<byte> replacement)
    {
        for (var at = pdf.IndexOf(find); at >= 0;)
        {
            replacement.CopyTo(pdf[at..]);
            var next = pdf[(at + find.Length)..].IndexOf(find);
            at = next < 0 ? -1 : at + find.Length + next;
        }
    }

    static bool IsGuid(ReadOnlySpan<byte> token)
    {
        if (token.Length < 36)
            return false;
        for (var i = 0; i < 36; i++)
        {
            var dash = i is 8 or 13 or 18 or 23;
            if (dash ? token[i] != '-' : !char.IsAsciiHexDigit((char)token[i]))
                return false;
        }
        return true;
    }

    static bool IsUpper(ReadOnlySpan<byte> letters)
    {
        foreach (var b in letters)
        {
            if (b is < (byte)'A' or > (byte)'Z')
                return false;
        }
        return true;
    }

    // What the regular expression \s matched when this ran over the file decoded as Latin-1.
    static bool IsWhiteSpace(byte b) => b is (>= 0x09 and <= 0x0D) or 0x20 or 0x85 or 0xA0;

    static string Hash(string seed, string purpose) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(purpose + "\n" + seed)));
}
