using IncLead.Documents.Pdf;
using IncLead.Documents.Tests.Samples;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations.MarkedContent;
using UglyToad.PdfPig.Graphics.Operations.TextObjects;
using UglyToad.PdfPig.Tokens;

namespace IncLead.Documents.Tests.Pdf;

/// <summary>The marked content the engine writes and the structure tree it appends after PDFsharp's save.</summary>
public sealed class TaggingTests(SampleRendering sample) : IClassFixture<SampleRendering>
{
    [Fact]
    public void Marked_content_is_balanced_and_never_overlaps_a_text_object()
    {
        using var pdf = ReadBack.Open(sample.BoardPack);
        foreach (var page in pdf.GetPages())
        {
            var open = new Stack<bool>();
            var inText = false;
            foreach (var op in page.Operations)
            {
                switch (op)
                {
                    case BeginMarkedContent or BeginMarkedContentWithProperties:
                        open.Push(inText);
                        break;
                    case EndMarkedContent:
                        Assert.True(open.Count > 0, $"page {page.Number}: EMC without BDC/BMC");
                        Assert.True(open.Pop() == inText, $"page {page.Number}: marked content crosses BT/ET");
                        break;
                    case BeginText:
                        inText = true;
                        break;
                    case EndText:
                        inText = false;
                        break;
                }
            }
            Assert.Empty(open);
        }
    }

    public static TheoryData<string> Documents() => ["board pack", "stress"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parent_tree_lists_the_element_that_owns_each_marked_content_id_on_every_page(string name)
    {
        using var pdf = ReadBack.Open(name == "stress" ? PdfRenderer.Render(StressDocument.Create()) : sample.BoardPack);
        var root = ReadBack.Catalog(pdf, "StructTreeRoot")!;
        var parentTree = ReadBack.Resolve(pdf, root.Data["ParentTree"])!;
        var nums = Assert.IsType<ArrayToken>(parentTree.Data["Nums"]).Data;
        var pages = pdf.GetPages().ToList();
        var pageReferences = PageReferences(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["Pages"]);
        var next = Assert.IsType<NumericToken>(root.Data["ParentTreeNextKey"]).Int;
        Assert.Equal(nums.Count / 2, next);
        foreach (var page in pages)
        {
            var key = Assert.IsType<NumericToken>(page.Dictionary.Data["StructParents"]).Int;
            var index = nums.Select((t, i) => (t, i)).Single(p => p.i % 2 == 0 && p.t is NumericToken n && n.Int == key).i;
            var owners = Assert.IsType<ArrayToken>(nums[index + 1]).Data;
            var ids = page.GetMarkedContents().Where(m => !m.IsArtifact).Select(m => m.MarkedContentIdentifier).ToList();
            Assert.Equal(Enumerable.Range(0, owners.Count), ids.Order());
            var pageReference = pageReferences[page.Number - 1];
            for (var mcid = 0; mcid < owners.Count; mcid++)
                Assert.True(Owns(pdf, ReadBack.Resolve(pdf, owners[mcid])!, pageReference, mcid), $"page {page.Number}: MCID {mcid} is not a kid of its parent-tree element");
        }
    }

    /// <summary>The pages' object references, in page order, from the page tree.</summary>
    static List<IndirectReference> PageReferences(UglyToad.PdfPig.PdfDocument pdf, IToken node)
    {
        var dictionary = ReadBack.Resolve(pdf, node)!;
        if (!dictionary.Data.TryGetValue("Kids", out var kids))
            return [((IndirectReferenceToken)node).Data];
        return [.. ((ArrayToken)kids).Data.SelectMany(kid => PageReferences(pdf, kid))];
    }

    /// <summary>Whether a structure element lists the MCID on the page: a number on its own page, or a marked-content reference.</summary>
    static bool Owns(UglyToad.PdfPig.PdfDocument pdf, DictionaryToken element, IndirectReference page, int mcid)
    {
        var ownPage = element.Data.TryGetValue("Pg", out var pg) && pg is IndirectReferenceToken r ? r.Data : (IndirectReference?)null;
        var kids = element.Data["K"] is ArrayToken array ? array.Data : [element.Data["K"]];
        return kids.Any(kid => kid switch
        {
            NumericToken n => n.Int == mcid && ownPage == page,
            DictionaryToken d => d.Data.TryGetValue("MCID", out var id) && ((NumericToken)id).Int == mcid
                && d.Data["Pg"] is IndirectReferenceToken p && p.Data == page,
            _ => false,
        });
    }
}
