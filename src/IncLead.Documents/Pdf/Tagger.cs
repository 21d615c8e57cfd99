using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace IncLead.Documents.Pdf;

/// <summary>
/// Tags the page content as it is drawn: wraps each element's drawing in marked content with an MCID (BDC/EMC),
/// wraps artifacts in /Artifact BMC/EMC, and records the structure tree and the parent tree for
/// <see cref="StructureTreeWriter"/>. Does what PDFsharp's UAManager/StructureBuilder did, without their cost:
/// they kept the structure tree as PDFsharp objects, which made up most of a board pack's allocations and time
/// (thousands of table cells, each an object that PDFsharp's writer then had to walk and format).
/// Marked content is only ever opened and closed outside a text object (BT/ET), so the two never overlap.
/// </summary>
internal sealed class Tagger
{
    readonly Stack<StructElement?> _open = new(); // null for an artifact
    readonly Stack<StructElement> _elements = new();
    readonly List<List<StructElement>> _mcidOwners = [];
    readonly List<(AnnotationKid Link, StructElement Element)> _annotations = [];
    readonly int _pageCount;
    XGraphics? _gfx;
    int _page = -1;
    bool _markedContentOpen;

    public Tagger(int pageCount)
    {
        _pageCount = pageCount;
        Document = new StructElement("Document", null);
        _open.Push(Document);
        _elements.Push(Document);
    }

    public StructElement Document { get; }

    /// <summary>For each page, the element each MCID belongs to, in MCID order: the page's entry in the parent tree.</summary>
    public IReadOnlyList<List<StructElement>> MarkedContentOwners => _mcidOwners;

    /// <summary>Link annotations with their elements; their parent-tree keys follow the pages'.</summary>
    public IReadOnlyList<(AnnotationKid Link, StructElement Element)> Annotations => _annotations;

    public void StartPage(XGraphics gfx, PdfPage page)
    {
        _gfx = gfx;
        _page++;
        _mcidOwners.Add([]);
        page.Elements.SetInteger("/StructParents", _page);
    }

    /// <summary>Closes what is open on the page while its graphics still exist; elements go on to the next page.</summary>
    public void EndPage()
    {
        CloseMarkedContent();
        _gfx = null;
    }

    public StructElement Begin(string type, string? scope = null, string? alt = null, string? actualText = null, double[]? boundingBox = null)
    {
        CloseMarkedContent();
        var parent = CurrentElement;
        var element = new StructElement(type, parent) { Scope = scope, Alt = alt, ActualText = actualText, BoundingBox = boundingBox };
        parent.Kids.Add(element);
        _open.Push(element);
        _elements.Push(element);
        return element;
    }

    public void BeginArtifact()
    {
        CloseMarkedContent();
        Append("/Artifact BMC\n");
        _open.Push(null);
    }

    public void End()
    {
        if (_open.Count <= 1)
            return;
        if (_open.Pop() is null)
            Append("EMC\n");
        else
        {
            CloseMarkedContent();
            _elements.Pop();
        }
    }

    /// <summary>Call before drawing: content inside an element goes into its marked content, opened on first use.</summary>
    public void BeforeDraw()
    {
        if (_markedContentOpen || _open.Peek() is not { } element || _gfx is null)
            return;
        var mcid = _mcidOwners[_page].Count;
        _mcidOwners[_page].Add(element);
        element.PageIndex ??= _page;
        element.Kids.Add(new MarkedContentKid(_page, mcid));
        Content().Append(CultureInfo.InvariantCulture, $"/{element.Type} <</MCID {mcid}>> BDC\n");
        _markedContentOpen = true;
    }

    /// <summary>Adds a link annotation to the page, as a kid of the current element (a Link).</summary>
    public void AddAnnotation(PdfPage page, PdfAnnotation annotation)
    {
        page.Annotations.Add(annotation);
        // PDF/UA: pages with annotations take their tab order from the structure.
        page.Elements.SetName("/Tabs", "/S");
        annotation.Elements.SetInteger("/StructParent", _pageCount + _annotations.Count);
        var kid = new AnnotationKid(annotation, _page);
        CurrentElement.Kids.Add(kid);
        CurrentElement.PageIndex ??= _page;
        _annotations.Add((kid, CurrentElement));
    }

    /// <summary>The innermost open element (artifacts hold no elements, so the one below them).</summary>
    StructElement CurrentElement => _elements.Peek();

    void CloseMarkedContent()
    {
        if (!_markedContentOpen)
            return;
        Append("EMC\n");
        _markedContentOpen = false;
    }

    void Append(string operators)
    {
        if (_gfx is not null)
            Content().Append(operators);
    }

    /// <summary>The page's content, outside any text object, so marked content and BT/ET never overlap.</summary>
    System.Text.StringBuilder Content()
    {
        PdfRendererExtensions.BeginGraphicMode(_gfx!);
        return _gfx!.Internals.ContentStringBuilder!;
    }
}
