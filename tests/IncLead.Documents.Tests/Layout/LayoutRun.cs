using IncLead.Documents.Layout;
using IncLead.Documents.Model;
using IncLead.Documents.Text;

namespace IncLead.Documents.Tests.Layout;

/// <summary>Runs the layout engine alone, without writing a PDF.</summary>
internal static class LayoutRun
{
    public static LayoutTheme Theme => LayoutTheme.Default;

    public static LaidOutDocument Of(params Block[] blocks)
    {
        return new DocumentLayout(new FontBook(), Theme).Run(new Document("Layout test", blocks));
    }

    public static IEnumerable<TextOp> Texts(LaidOutPage page) => page.Ops.OfType<TextOp>();
}
