using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace IncLead.Documents.Pdf;

/// <summary>
/// Writes the structure tree recorded by <see cref="Tagger"/> into the saved file: the structure tree root, the
/// parent tree and one object per element, as PDF text, appended after PDFsharp's objects and listed in a second
/// subsection of the cross-reference table. Nothing PDFsharp wrote moves; the catalog's reference to the root was
/// saved as a zero-padded placeholder of fixed width and is filled in place.
/// </summary>
internal static partial class StructureTreeWriter
{
    /// <summary>What the catalog's /StructTreeRoot holds until the root's object number is known.</summary>
    public const string Placeholder = "0000000000 0 R";

    public static void Append(PooledOutput output, PdfDocument pdf, Tagger tags)
    {
        var file = output.Written;
        var tail = Encoding.Latin1.GetString(file[Math.Max(0, file.Length - 1024)..]);
        var xrefAt = int.Parse(StartXref().Match(tail).Groups[1].Value, CultureInfo.InvariantCulture);
        var xrefAndTrailer = Encoding.Latin1.GetString(file[xrefAt..]);
        var trailerAt = xrefAndTrailer.IndexOf("trailer", StringComparison.Ordinal);
        var oldXref = xrefAndTrailer[..trailerAt].TrimEnd('\r', '\n', ' ');
        var trailer = xrefAndTrailer[trailerAt..xrefAndTrailer.IndexOf("startxref", StringComparison.Ordinal)];
        var size = int.Parse(Size().Match(trailer).Groups[1].Value, CultureInfo.InvariantCulture);

        var elements = new List<StructElement>();
        Number(tags.Document, elements, size + 2);
        var (root, parentTree) = (size, size + 1);
        FillPlaceholder(file[..xrefAt], root);

        // All objects are composed as one text (Latin-1: a character is a byte, so offsets are text positions) and
        // written once, over the old cross-reference table.
        var offsets = new List<long>(elements.Count + 2);
        var text = new StringBuilder(elements.Count * 100);
        var pageNumbers = pdf.Pages.Cast<PdfPage>().Select(p => PdfInternals.GetObjectNumber(p)).ToArray();

        offsets.Add(xrefAt);
        text.Append(CultureInfo.InvariantCulture,
            $"{root} 0 obj\n<</Type/StructTreeRoot/K {tags.Document.ObjectNumber} 0 R/ParentTree {parentTree} 0 R/ParentTreeNextKey {tags.MarkedContentOwners.Count + tags.Annotations.Count}>>\nendobj\n");

        offsets.Add(xrefAt + text.Length);
        text.Append(CultureInfo.InvariantCulture, $"{parentTree} 0 obj\n<</Nums[");
        for (var page = 0; page < tags.MarkedContentOwners.Count; page++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{page}[");
            foreach (var owner in tags.MarkedContentOwners[page])
                text.Append(CultureInfo.InvariantCulture, $"{owner.ObjectNumber} 0 R ");
            text.Append("] ");
        }
        for (var i = 0; i < tags.Annotations.Count; i++)
            text.Append(CultureInfo.InvariantCulture, $"{tags.MarkedContentOwners.Count + i} {tags.Annotations[i].Element.ObjectNumber} 0 R ");
        text.Append("]>>\nendobj\n");

        foreach (var element in elements)
        {
            offsets.Add(xrefAt + text.Length);
            Element(text, element, root, pageNumbers);
        }

        var newXrefAt = xrefAt + text.Length;
        text.Append(oldXref).Append(CultureInfo.InvariantCulture, $"\n{size} {offsets.Count}\n");
        foreach (var offset in offsets)
            text.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n\r\n");
        text.Append(Size().Replace(trailer, $"/Size {size + offsets.Count}").TrimEnd()).Append(CultureInfo.InvariantCulture, $"\nstartxref\n{newXrefAt}\n%%EOF\n");
        output.SetLength(xrefAt);
        output.Position = xrefAt;
        WriteLatin1(output, text);
    }

    static void WriteLatin1(PooledOutput output, StringBuilder text)
    {
        Span<byte> bytes = stackalloc byte[4096];
        foreach (var chunk in text.GetChunks())
        {
            for (var span = chunk.Span; !span.IsEmpty;)
            {
                var count = Math.Min(span.Length, bytes.Length);
                Encoding.Latin1.GetBytes(span[..count], bytes);
                output.Write(bytes[..count]);
                span = span[count..];
            }
        }
    }

    /// <summary>Numbers the elements in reading order (pre-order), from <paramref name="next"/> on.</summary>
    static int Number(StructElement element, List<StructElement> all, int next)
    {
        element.ObjectNumber = next++;
        all.Add(element);
        foreach (var kid in element.Kids)
        {
            if (kid is StructElement child)
                next = Number(child, all, next);
        }
        return next;
    }

    static void Element(StringBuilder text, StructElement element, int root, int[] pages)
    {
        var parent = element.Parent?.ObjectNumber ?? root;
        text.Append(CultureInfo.InvariantCulture, $"{element.ObjectNumber} 0 obj\n<</Type/StructElem/S/{element.Type}/P {parent} 0 R");
        if (element.PageIndex is { } page)
            text.Append(CultureInfo.InvariantCulture, $"/Pg {pages[page]} 0 R");
        if (element.Kids.Count > 0)
        {
            text.Append("/K[");
            foreach (var kid in element.Kids)
            {
                switch (kid)
                {
                    case StructElement child:
                        text.Append(CultureInfo.InvariantCulture, $"{child.ObjectNumber} 0 R ");
                        break;
                    case MarkedContentKid mc when mc.PageIndex == element.PageIndex:
                        text.Append(CultureInfo.InvariantCulture, $"{mc.Mcid} ");
                        break;
                    case MarkedContentKid mc:
                        text.Append(CultureInfo.InvariantCulture, $"<</Type/MCR/Pg {pages[mc.PageIndex]} 0 R/MCID {mc.Mcid}>> ");
                        break;
                    case AnnotationKid link:
                        text.Append(CultureInfo.InvariantCulture, $"<</Type/OBJR/Obj {PdfInternals.GetObjectNumber(link.Annotation)} 0 R/Pg {pages[link.PageIndex]} 0 R>> ");
                        break;
                }
            }
            text.Append(']');
        }
        if (element.Alt is { } alt)
            PdfText(text.Append("/Alt"), alt);
        if (element.ActualText is { } actual)
            PdfText(text.Append("/ActualText"), actual);
        if (element.Scope is { } scope)
            text.Append("/A<</O/Table/Scope/").Append(scope).Append(">>");
        if (element.BoundingBox is { } box)
            text.Append(CultureInfo.InvariantCulture, $"/A<</O/Layout/BBox[{N(box[0])} {N(box[1])} {N(box[2])} {N(box[3])}]>>");
        text.Append(">>\nendobj\n");
    }

    /// <summary>A PDF text string: literal when plain ASCII, else UTF-16BE with a byte-order mark, in hex.</summary>
    static void PdfText(StringBuilder text, string value)
    {
        if (value.All(c => c is >= ' ' and <= '~'))
        {
            text.Append('(');
            foreach (var c in value)
                text.Append(c is '(' or ')' or '\\' ? "\\" : "").Append(c);
            text.Append(')');
            return;
        }
        text.Append("<FEFF");
        foreach (var c in value)
            text.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        text.Append('>');
    }

    static string N(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Writes the root's object number into the catalog's fixed-width placeholder.</summary>
    static void FillPlaceholder(Span<byte> objects, int root)
    {
        var at = objects.LastIndexOf(Encoding.ASCII.GetBytes("/StructTreeRoot " + Placeholder));
        if (at < 0)
            throw new InvalidOperationException("The catalog's structure tree placeholder was not found in the saved file.");
        Encoding.ASCII.GetBytes(root.ToString("0000000000", CultureInfo.InvariantCulture), objects[(at + "/StructTreeRoot ".Length)..]);
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex Size();
}
