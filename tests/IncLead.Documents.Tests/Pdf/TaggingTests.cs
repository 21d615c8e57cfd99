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

    [Fact]
    public void Parent_tree_lists_an_element_for_every_marked_content_id_on_every_page()
    {
        using var pdf = ReadBack.Open(sample.BoardPack);
        var root = ReadBack.Catalog(pdf, "StructTreeRoot")!;
        var parentTree = ReadBack.Resolve(pdf, root.Data["ParentTree"])!;
        var nums = Assert.IsType<ArrayToken>(parentTree.Data["Nums"]).Data;
        var pages = pdf.GetPages().ToList();
        var next = Assert.IsType<NumericToken>(root.Data["ParentTreeNextKey"]).Int;
        Assert.Equal(nums.Count / 2, next);
        foreach (var page in pages)
        {
            var key = Assert.IsType<NumericToken>(page.Dictionary.Data["StructParents"]).Int;
            var index = nums.Select((t, i) => (t, i)).Single(p => p.i % 2 == 0 && p.t is NumericToken n && n.Int == key).i;
            var owners = Assert.IsType<ArrayToken>(nums[index + 1]).Data;
            var ids = page.GetMarkedContents().Where(m => !m.IsArtifact).Select(m => m.MarkedContentIdentifier).ToList();
            Assert.Equal(Enumerable.Range(0, owners.Count), ids.Order());
        }
    }
}
